import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { demoStaffAccounts } from '@/cli/seed/demo/staff-accounts';
import { gzipSize, inlineScriptText, scriptSources } from '../e2e/support/page-weight';
import { buildApp } from './submissions/servers';

/**
 * `npm run bench -- page-weight [--json] [--build] [--dist-dir=.next-e2e]`
 *
 * The JavaScript each main page makes the browser load, in bytes gzipped at
 * level 9 (node:zlib), beside the floor: the home page of the same build,
 * which loads only what every page loads (React, Next.js's router, the root
 * layout). On the production build served as `npm start` does, on a freshly
 * seeded demo database: the HTML is fetched (signed in for staff pages), every
 * `<script src>` under /_next/static/ is fetched and gzipped on its own, and
 * the inline scripts (React's server-component payload: the page's props and
 * the messages handed to client components) are gzipped together, as they
 * travel in one document. Bytes, not time, so the machine's load does not
 * matter. Reuses the build in the dist folder (default .next-bench, else
 * .next-e2e) unless --build or none is there.
 */

const PORT = 3399;
const EDITION = '2022-2023';

type ScriptWeight = { src: string; bytes: number; gzip: number };
type PageWeight = {
  route: string;
  path: string;
  status: number;
  scripts: ScriptWeight[];
  /** The external chunks, each gzipped on its own. */
  chunksGzip: number;
  chunksBytes: number;
  /** The inline scripts, gzipped together. */
  inlineGzip: number;
  inlineBytes: number;
  totalGzip: number;
};

/** Fetches a page and the scripts it names; sums their gzipped sizes. */
async function measurePage(base: string, route: string, pagePath: string, cookie?: string): Promise<PageWeight> {
  const response = await fetch(`${base}${pagePath}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
  const html = await response.text();
  const scripts: ScriptWeight[] = [];
  for (const src of scriptSources(html)) {
    const body = Buffer.from(await (await fetch(`${base}${src}`)).arrayBuffer());
    scripts.push({ src, bytes: body.length, gzip: gzipSize(body) });
  }
  const inline = inlineScriptText(html);
  const chunksGzip = scripts.reduce((sum, s) => sum + s.gzip, 0);
  const inlineGzip = inline ? gzipSize(inline) : 0;
  return {
    route,
    path: pagePath,
    status: response.status,
    scripts,
    chunksGzip,
    chunksBytes: scripts.reduce((sum, s) => sum + s.bytes, 0),
    inlineGzip,
    inlineBytes: Buffer.byteLength(inline),
    totalGzip: chunksGzip + inlineGzip,
  };
}

function distDirArg(args: string[]): string {
  const given = args.find((a) => a.startsWith('--dist-dir='))?.split('=')[1];
  if (given) return given;
  return ['.next-bench', '.next-e2e'].find((dir) => fs.existsSync(`${dir}/BUILD_ID`)) ?? '.next-bench';
}

async function waitForServer(url: string, child: ChildProcess, log: string[]): Promise<void> {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${log.join('')}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  throw new Error(`server at ${url} did not start:\n${log.join('')}`);
}

/** Signs in as the demo admin (next-auth's CSRF token, then the credentials post); returns the cookie header. */
async function signIn(base: string): Promise<string> {
  const cookiesOf = (r: Response) => r.headers.getSetCookie().map((c) => c.split(';')[0]);
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const { email, password } = demoStaffAccounts.admin;
  const signedIn = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookiesOf(csrf).join('; ') },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }).toString(),
  });
  const session = cookiesOf(signedIn).find((c) => c.includes('session-token='));
  if (!session) throw new Error(`sign-in as ${email} failed (${signedIn.status})`);
  return [...cookiesOf(csrf), session].join('; ');
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1);

export async function runPageWeightBenchmark(args: string[]): Promise<void> {
  const json = args.includes('--json');
  const say = (line: string) => (json ? process.stderr.write(`${line}\n`) : console.log(line));
  const distDir = distDirArg(args);
  if (args.includes('--build') || !fs.existsSync(`${distDir}/BUILD_ID`)) {
    say(`Building into ${distDir} ...`);
    buildApp(distDir);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-weight-'));
  const database = path.join(dir, 'app.db');
  const linksFile = path.join(dir, 'links.csv');
  const env = { ...process.env, NEXT_DIST_DIR: distDir, DATABASE_URL: database, NEXT_TELEMETRY_DISABLED: '1' };
  const seed = spawnSync(process.execPath, ['--import', 'tsx', 'cli/seed/seed.ts', '--links', linksFile], { env, encoding: 'utf8' });
  if (seed.status !== 0) throw new Error(`seeding failed:\n${seed.stdout}${seed.stderr}`);
  const links = parse(fs.readFileSync(linksFile, 'utf8'), { columns: true }) as { edition: string; status: string; token: string }[];
  const started = links.find((l) => l.edition === EDITION && l.status === 'draft');
  if (!started) throw new Error('no draft demo response in the open edition');

  const base = `http://127.0.0.1:${PORT}`;
  const log: string[] = [];
  const server = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
    env: { ...env, PORT: String(PORT), HOST: '127.0.0.1', APP_URL: base, TRUST_PROXY: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  server.stdout!.on('data', (c: Buffer) => log.push(c.toString()));
  server.stderr!.on('data', (c: Buffer) => log.push(c.toString()));
  try {
    await waitForServer(`${base}/`, server, log);
    const cookie = await signIn(base);
    const routes: [string, string, string | undefined][] = [
      ['home (floor)', '/', undefined],
      ['questionnaire', `/r/${started.token}?pagina=1`, undefined],
      ['print', `/r/${started.token}/afdrukken`, undefined],
      ['login', '/login', undefined],
      ['admin overview', '/admin', cookie],
      ['results', `/admin/editions/${EDITION}/results`, cookie],
    ];
    const pages: PageWeight[] = [];
    for (const [route, pagePath, pageCookie] of routes) {
      const page = await measurePage(base, route, pagePath, pageCookie);
      if (page.status !== 200) throw new Error(`${route} (${pagePath}) answered ${page.status}`);
      pages.push(page);
    }
    const floor = pages[0].totalGzip;
    if (json) {
      console.log(
        JSON.stringify(
          { distDir, floorRoute: pages[0].route, pages: pages.map((p) => ({ ...p, path: p.path.replace(started.token, '<token>') })) },
          null,
          2,
        ),
      );
      return;
    }
    console.log(`Build ${distDir}; kB = 1000 bytes, gzip -9 (chunks each on their own, inline scripts together).\n`);
    console.log('| page | scripts | chunks gzip kB | inline gzip kB | total gzip kB | above floor kB | chunks raw kB |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const p of pages) {
      const above = p === pages[0] ? '–' : kB(p.totalGzip - floor);
      console.log(
        `| ${p.route} | ${p.scripts.length} | ${kB(p.chunksGzip)} | ${kB(p.inlineGzip)} | ${kB(p.totalGzip)} | ${above} | ${kB(p.chunksBytes)} |`,
      );
    }
    if (args.includes('--chunks')) {
      for (const p of pages) {
        console.log(`\n${p.route}:`);
        for (const s of [...p.scripts].sort((a, b) => b.gzip - a.gzip)) console.log(`  ${kB(s.gzip).padStart(6)} kB  ${s.src}`);
      }
    }
  } finally {
    try {
      process.kill(-server.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
