import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { Db } from '@/db/client';
import { getEditionByCode } from '@/lib/editions/queries';
import { computeEditionResults } from '@/lib/results/aggregate';
import { openBenchDatabase } from './results-data';
import { demoStaffAccounts } from '@/cli/seed/demo/staff-accounts';
import { CLI_ACTOR } from '@/lib/audit/record';
import { createUser, findUserByEmail } from '@/lib/auth/users';

/**
 * `npm run bench -- results [--sizes=10000,100000,1000000] [--no-page]`
 * (BENCH_PAGE_PORT: port for the page's server, `npm start`'s server.ts, default 3331)
 *
 * The full results computation of the open edition (both editions' counts,
 * bases, respondents of multiple choices, drafts, number statistics, the
 * comparison) against the floor: the same counts by one hand-written SQL
 * statement through better-sqlite3, in the same run on the same file.
 */

const EDITION = '2022-2023';
const DEFAULT_SIZES = [10_000, 100_000, 1_000_000];
const PAGE_SIZE = 100_000;
// BENCH_PAGE_PORT lets engineers sharing a machine keep to their own ports.
const PAGE_PORT = Number(process.env.BENCH_PAGE_PORT ?? 3331);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The floor: every count the results need, in one statement over the same
 * schema and index (answers carry their response's edition, status and
 * position), without Drizzle or any JS shaping: the grouped counts once, and
 * the respondents of the multiple choices summed from them in SQL.
 */
function floorStatement(db: Db, editionId: number, previousId: number) {
  return db.$client.prepare(`
    with counts as materialized (
      select edition_id, question_code, option_code, number_value, count(*) as count, count(*) filter (where position = 1) as firsts
        from answers
       where edition_id in (${editionId}, ${previousId}) and response_status = 'submitted'
       group by edition_id, question_code, option_code, number_value
    )
    select 'answers' as part, edition_id, question_code, option_code, number_value, count, null as with_other from counts
    union all
    select 'respondents', edition_id, question_code, null, null, sum(firsts), sum(firsts) filter (where option_code <> 'GEEN_KNELPUNTEN')
      from counts where question_code in ('TEVREDEN', 'KNELPUNTEN') group by edition_id, question_code
    union all
    select 'status', ${editionId}, status, null, null, count(*), null from responses where edition_id = ${editionId} group by status
  `);
}

type Row = { size: number; answerRows: number; ours: number; floor: number; buildSeconds: number; built: boolean };

async function timeComputation(size: number, repeats: number): Promise<Row> {
  const { db, seconds, built } = await openBenchDatabase(size, (line) => console.log(line));
  const edition = getEditionByCode({ db, code: EDITION })!;
  const floor = floorStatement(db, edition.id, edition.previousEditionId!);
  const answerRows = (db.$client.prepare('select count(*) as n from answers').get() as { n: number }).n;

  // Warm both (page cache, statement cache), and check they agree.
  const ours = await computeEditionResults({ db, edition });
  type FloorRow = {
    part: string;
    edition_id: number;
    question_code: string;
    option_code: string | null;
    count: number;
    with_other: number | null;
  };
  const floorRows = floor.all() as FloorRow[];
  const current = (part: string, questionCode: string, optionCode: string | null = null) =>
    floorRows.find(
      (r) => r.part === part && r.edition_id === edition.id && r.question_code === questionCode && r.option_code === optionCode,
    )!;
  const knelpunten = ours.questions.find((q) => q.code === 'KNELPUNTEN')!;
  const agree =
    knelpunten.base.n === current('respondents', 'KNELPUNTEN').count &&
    knelpunten.atLeastOne!.count === current('respondents', 'KNELPUNTEN').with_other &&
    knelpunten.options.find((o) => o.code === 'PERSONELE_BEZETTING')!.count ===
      current('answers', 'KNELPUNTEN', 'PERSONELE_BEZETTING').count &&
    ours.submitted === current('status', 'submitted').count;
  if (!agree) throw new Error(`results and floor disagree at ${size}`);

  const oursTimes: number[] = [];
  const floorTimes: number[] = [];
  // Alternate so that load from elsewhere on the machine hits both alike.
  for (let i = 0; i < repeats; i++) {
    let t = performance.now();
    await computeEditionResults({ db, edition });
    oursTimes.push(performance.now() - t);
    t = performance.now();
    floor.all();
    floorTimes.push(performance.now() - t);
  }
  db.$client.close();
  return { size, answerRows, ours: median(oursTimes), floor: median(floorTimes), buildSeconds: seconds, built };
}

type Timed = { status: number; ttfb: number; total: number; location?: string; cookies: string[]; body: string };

function request(
  url: string,
  { headers = {}, method = 'GET', body }: { headers?: Record<string, string>; method?: string; body?: string } = {},
): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let ttfb = 0;
    const chunks: Buffer[] = [];
    const req = http.request(url, { method, headers }, (res) => {
      res.once('data', () => (ttfb = performance.now() - started));
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          ttfb: ttfb || performance.now() - started,
          total: performance.now() - started,
          location: res.headers.location,
          cookies: (res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]),
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      await request(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  throw new Error(`server at ${url} did not start`);
}

/** The demo admin in the bench database (made once), so the page can be timed behind the real staff guard. */
async function ensureBenchAdmin(db: Db): Promise<void> {
  const admin = demoStaffAccounts.admin;
  if (await findUserByEmail({ db, email: admin.email })) return;
  await createUser({ db, email: admin.email, name: admin.name, role: 'admin', password: admin.password, actor: CLI_ACTOR });
}

/** Signs in as the demo admin the way a browser does (next-auth's CSRF token, then the credentials post); returns the cookie header. */
async function signIn(base: string): Promise<string> {
  const csrf = await request(`${base}/api/auth/csrf`);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const admin = demoStaffAccounts.admin;
  const form = new URLSearchParams({ csrfToken, email: admin.email, password: admin.password, json: 'true' }).toString();
  const signedIn = await request(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrf.cookies.join('; ') },
    body: form,
  });
  const session = signedIn.cookies.find((c) => c.includes('session-token='));
  if (!session) throw new Error(`sign-in as ${admin.email} failed (${signedIn.status} ${signedIn.body.slice(0, 200)})`);
  return [...csrf.cookies, session].join('; ');
}

const ms = (values: number[]) => values.map((v) => v.toFixed(0)).join(', ');

/**
 * The results page at 100,000 responses, served as `npm start` does from an
 * existing production build. Times the whole page (and the first byte) when
 * it computes, after a write by another connection (what a coordinator sees
 * after a library submits), from the results cache, and with a new filter.
 */
async function timePage(): Promise<void> {
  const distDir = process.env.BENCH_DIST_DIR ?? (fs.existsSync('.next-e2e/BUILD_ID') ? '.next-e2e' : '.next');
  if (!fs.existsSync(`${distDir}/BUILD_ID`)) {
    console.log(`\nPage: skipped, no production build in ${distDir} (run \`npm run build\` or the e2e tests first).`);
    return;
  }
  const { db, file } = await openBenchDatabase(PAGE_SIZE, (line) => console.log(line));
  await ensureBenchAdmin(db);
  const editionId = getEditionByCode({ db, code: EDITION })!.id;
  // A write that changes no figure, from this process's own connection: the
  // server's results cache sees the database change and recomputes. (A write
  // of identical bytes is skipped by SQLite and would not count, so the
  // edition's title gains or loses a trailing space.)
  const toggleTitle = db.$client.prepare(
    `update editions set title = case when title like '% ' then substr(title, 1, length(title) - 1) else title || ' ' end where id = ?`,
  );
  const server = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
    env: {
      ...process.env,
      NEXT_DIST_DIR: distDir,
      DATABASE_URL: file,
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(PAGE_PORT),
      HOST: '127.0.0.1',
    },
    stdio: 'ignore',
    detached: true,
  });
  try {
    const base = `http://127.0.0.1:${PAGE_PORT}`;
    await waitForServer(`${base}/`, 60_000);
    const cookie = process.env.BENCH_COOKIE ?? (await signIn(base));
    const headers = { cookie };
    const url = `${base}/admin/editions/${EDITION}/results`;
    const first = await request(url, { headers });
    if (first.status !== 200) {
      console.log(
        `\nPage: ${url} answered ${first.status}${first.location ? ` → ${first.location}` : ''}; sign-in did not give a staff session.`,
      );
      return;
    }
    const afterWrite: Timed[] = [];
    for (let i = 0; i < 5; i++) {
      toggleTitle.run(editionId);
      afterWrite.push(await request(url, { headers }));
    }
    const cached: Timed[] = [];
    for (let i = 0; i < 5; i++) cached.push(await request(url, { headers }));
    const filtered: Timed[] = [];
    for (const province of ['Utrecht', 'Drenthe', 'Zeeland', 'Limburg', 'Gelderland'])
      filtered.push(await request(`${url}?province=${province}`, { headers }));
    const line = (label: string, runs: Timed[]) =>
      console.log(
        `  ${label}: whole page median ${median(runs.map((r) => r.total)).toFixed(0)} ms (${ms(runs.map((r) => r.total))}), first byte median ${median(runs.map((r) => r.ttfb)).toFixed(0)} ms`,
      );
    console.log(
      `\nResults page at ${PAGE_SIZE.toLocaleString('en')} responses per edition (npm start, ${distDir}, signed in as the demo admin):`,
    );
    console.log(
      `  first request after start (computes; the server's first render of the page): whole page ${first.total.toFixed(0)} ms, first byte ${first.ttfb.toFixed(0)} ms`,
    );
    line('after a write by another connection (computes)', afterWrite);
    line('repeated, nothing written (results cache)', cached);
    line('a new province filter each time (computes)', filtered);
    const computing = median(afterWrite.map((r) => r.total));
    const cachedTotal = median(cached.map((r) => r.total));
    const filteredTotal = median(filtered.map((r) => r.total));
    const verdict = (v: number) => (v < 300 ? 'met' : 'NOT met');
    console.log(
      `  aim < 300 ms (whole page, median): computing ${verdict(computing)}; cached ${verdict(cachedTotal)}; filtered ${verdict(filteredTotal)}`,
    );
  } finally {
    const { odd } = db.$client.prepare(`select title like '% ' as odd from editions where id = ?`).get(editionId) as { odd: number };
    if (odd) toggleTitle.run(editionId);
    db.$client.close();
    try {
      process.kill(-server.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
}

export async function runResultsBenchmark(args: string[]): Promise<void> {
  const sizesArg = args.find((a) => a.startsWith('--sizes='));
  const sizes = sizesArg ? sizesArg.slice('--sizes='.length).split(',').map(Number) : DEFAULT_SIZES;
  const rows: Row[] = [];
  for (const size of sizes) rows.push(await timeComputation(size, size >= 1_000_000 ? 3 : 5));

  console.log(`\nFull results computation of ${EDITION} (with ${'2021-2022'} beside it), median of runs:`);
  console.log('  responses/edition  answer rows   results (ms)   floor (ms)   ratio   results ms per 100k');
  for (const r of rows) {
    console.log(
      `  ${r.size.toLocaleString('en').padStart(17)}  ${r.answerRows.toLocaleString('en').padStart(11)}  ${r.ours.toFixed(1).padStart(13)}  ${r.floor.toFixed(1).padStart(11)}  ${(r.ours / r.floor).toFixed(2).padStart(6)}x  ${((r.ours / r.size) * 100_000).toFixed(1).padStart(20)}`,
    );
  }
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1];
    const b = rows[i];
    const exponent = Math.log(b.ours / a.ours) / Math.log(b.size / a.size);
    console.log(
      `  ${a.size.toLocaleString('en')} → ${b.size.toLocaleString('en')}: ×${(b.ours / a.ours).toFixed(1)} time for ×${b.size / a.size} size (time ∝ size^${exponent.toFixed(2)})`,
    );
  }
  for (const r of rows.filter((r) => r.built))
    console.log(`  built the ${r.size.toLocaleString('en')} database in ${r.buildSeconds.toFixed(1)} s`);
  console.log(`  aim: within 2x of the floor — ${rows.every((r) => r.ours / r.floor <= 2) ? 'met at every size' : 'NOT met everywhere'}`);

  if (!args.includes('--no-page')) await timePage();
}
