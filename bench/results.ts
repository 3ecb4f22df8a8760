import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { Db } from '@/db/client';
import { getEditionByCode } from '@/lib/editions/queries';
import { computeEditionResults } from '@/lib/results/aggregate';
import { openBenchDatabase } from './results-data';

/**
 * `npm run bench -- results [--sizes=10000,100000,1000000] [--no-page]`
 *
 * The full results computation of the open edition (both editions' counts,
 * bases, respondents of multiple choices, drafts, number statistics, the
 * comparison) against the floor: the same counts by one hand-written SQL
 * statement through better-sqlite3, in the same run on the same file.
 */

const EDITION = '2022-2023';
const DEFAULT_SIZES = [10_000, 100_000, 1_000_000];
const PAGE_SIZE = 100_000;
const PAGE_PORT = 3331;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The floor: every count the results need, in one statement, without Drizzle or any JS shaping. */
function floorStatement(db: Db, editionId: number, previousId: number) {
  return db.$client.prepare(`
    select 'answers' as part, a.question_code, a.option_code, a.number_value,
           count(*) filter (where r.edition_id = ${editionId}) as current,
           count(*) filter (where r.edition_id = ${previousId}) as previous
      from answers a cross join responses r
     where r.id = a.response_id and r.edition_id in (${editionId}, ${previousId}) and r.status = 'submitted'
     group by a.question_code, a.option_code, a.number_value
    union all
    select 'respondents', 'TEVREDEN', null, null,
           count(*) filter (where r.edition_id = ${editionId}), count(*) filter (where r.edition_id = ${previousId})
      from (select response_id from answers where question_code = 'TEVREDEN' group by response_id) x
      join responses r on r.id = x.response_id
     where r.edition_id in (${editionId}, ${previousId}) and r.status = 'submitted'
    union all
    select 'respondents', 'KNELPUNTEN', null, sum(x.has_other) filter (where r.edition_id = ${editionId}),
           count(*) filter (where r.edition_id = ${editionId}), count(*) filter (where r.edition_id = ${previousId})
      from (select response_id, max(option_code <> 'GEEN_KNELPUNTEN') as has_other
              from answers where question_code = 'KNELPUNTEN' group by response_id) x
      join responses r on r.id = x.response_id
     where r.edition_id in (${editionId}, ${previousId}) and r.status = 'submitted'
    union all
    select 'status', status, null, null, count(*), null from responses where edition_id = ${editionId} group by status
  `);
}

type Row = { size: number; answerRows: number; ours: number; floor: number; buildSeconds: number; built: boolean };

async function timeComputation(size: number, repeats: number): Promise<Row> {
  const { db, seconds, built } = openBenchDatabase(size, (line) => console.log(line));
  const edition = getEditionByCode({ db, code: EDITION })!;
  const floor = floorStatement(db, edition.id, edition.previousEditionId!);
  const answerRows = (db.$client.prepare('select count(*) as n from answers').get() as { n: number }).n;

  // Warm both (page cache, statement cache), and check they agree.
  const ours = computeEditionResults({ db, edition });
  const floorRows = floor.all() as { part: string; question_code: string; option_code: string | null; current: number }[];
  const knelpunten = ours.questions.find((q) => q.code === 'KNELPUNTEN')!;
  const floorBase = floorRows.find((r) => r.part === 'respondents' && r.question_code === 'KNELPUNTEN')!.current;
  const floorOption = floorRows.find((r) => r.part === 'answers' && r.question_code === 'KNELPUNTEN' && r.option_code === 'PERSONELE_BEZETTING')!.current;
  if (knelpunten.base.n !== floorBase || knelpunten.options.find((o) => o.code === 'PERSONELE_BEZETTING')!.count !== floorOption) {
    throw new Error(`results and floor disagree at ${size}: ${knelpunten.base.n} vs ${floorBase}`);
  }

  const oursTimes: number[] = [];
  const floorTimes: number[] = [];
  // Alternate so that load from elsewhere on the machine hits both alike.
  for (let i = 0; i < repeats; i++) {
    let t = performance.now();
    computeEditionResults({ db, edition });
    oursTimes.push(performance.now() - t);
    t = performance.now();
    floor.all();
    floorTimes.push(performance.now() - t);
  }
  db.$client.close();
  return { size, answerRows, ours: median(oursTimes), floor: median(floorTimes), buildSeconds: seconds, built };
}

function request(url: string, headers: Record<string, string>): Promise<{ status: number; ttfb: number; total: number; location?: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let ttfb = 0;
    const req = http.get(url, { headers }, (res) => {
      res.once('data', () => (ttfb = performance.now() - started));
      res.on('data', () => {});
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, ttfb: ttfb || performance.now() - started, total: performance.now() - started, location: res.headers.location }),
      );
    });
    req.on('error', reject);
  });
}

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      await request(url, {});
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  throw new Error(`server at ${url} did not start`);
}

/** The results page at 100,000 responses, served by `next start` from an existing production build. */
async function timePage(): Promise<void> {
  const distDir = process.env.BENCH_DIST_DIR ?? (fs.existsSync('.next-e2e/BUILD_ID') ? '.next-e2e' : '.next');
  if (!fs.existsSync(`${distDir}/BUILD_ID`)) {
    console.log(`\nPage: skipped, no production build in ${distDir} (run \`npx next build\` or the e2e tests first).`);
    return;
  }
  openBenchDatabase(PAGE_SIZE, (line) => console.log(line)).db.$client.close();
  const server = spawn('npx', ['next', 'start', '-p', String(PAGE_PORT), '-H', '127.0.0.1'], {
    env: { ...process.env, NEXT_DIST_DIR: distDir, DATABASE_URL: `data/bench/results-${PAGE_SIZE}.db`, NEXT_TELEMETRY_DISABLED: '1', PORT: String(PAGE_PORT) },
    stdio: 'ignore',
    detached: true,
  });
  try {
    const base = `http://127.0.0.1:${PAGE_PORT}`;
    await waitForServer(`${base}/`, 60_000);
    // The real staff guard wants a session: pass one with BENCH_COOKIE="next-auth.session-token=…".
    const headers: Record<string, string> = process.env.BENCH_COOKIE ? { cookie: process.env.BENCH_COOKIE } : {};
    const url = `${base}/admin/editions/${EDITION}/results`;
    const first = await request(url, headers);
    if (first.status !== 200) {
      console.log(`\nPage: ${url} answered ${first.status}${first.location ? ` → ${first.location}` : ''}; set BENCH_COOKIE to a staff session cookie.`);
      return;
    }
    // Nothing is written meanwhile, so repeated views are served from the results cache;
    // a view with a filter not seen before computes (cold). Both are reported.
    const warm = [];
    for (let i = 0; i < 5; i++) warm.push(await request(url, headers));
    const cold = [];
    for (const province of ['Utrecht', 'Drenthe', 'Zeeland', 'Limburg', 'Gelderland']) cold.push(await request(`${url}?province=${province}`, headers));
    const warmTtfb = median(warm.map((s) => s.ttfb));
    console.log(`\nResults page at ${PAGE_SIZE.toLocaleString('en')} responses per edition (next start, ${distDir}):`);
    console.log(`  first request after start (computes, whole edition): ${first.ttfb.toFixed(0)} ms to first byte, ${first.total.toFixed(0)} ms whole page`);
    console.log(`  repeated (served from the results cache): time to first byte median ${warmTtfb.toFixed(0)} ms (${warm.map((s) => s.ttfb.toFixed(0)).join(', ')}), whole page ${median(warm.map((s) => s.total)).toFixed(0)} ms`);
    console.log(`  a new province filter each time (computes): whole page median ${median(cold.map((s) => s.total)).toFixed(0)} ms (${cold.map((s) => s.total.toFixed(0)).join(', ')})`);
    console.log(`  aim < 300 ms: repeated ${warmTtfb < 300 ? 'met' : 'NOT met'}; computing ${first.ttfb < 300 ? 'met' : 'NOT met'}`);
  } finally {
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
    console.log(`  ${a.size.toLocaleString('en')} → ${b.size.toLocaleString('en')}: ×${(b.ours / a.ours).toFixed(1)} time for ×${b.size / a.size} size (time ∝ size^${exponent.toFixed(2)})`);
  }
  for (const r of rows.filter((r) => r.built)) console.log(`  built the ${r.size.toLocaleString('en')} database in ${r.buildSeconds.toFixed(1)} s`);
  console.log(`  aim: within 2x of the floor — ${rows.every((r) => r.ours / r.floor <= 2) ? 'met at every size' : 'NOT met everywhere'}`);

  if (!args.includes('--no-page')) await timePage();
}
