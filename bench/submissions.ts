/**
 * `npm run bench -- submissions`: complete questionnaires submitted through
 * PUT /api/v1/responses/{token} on the production build (`next start`), beside
 * the floor for this stack, a bare node:http server doing the same work
 * (bench/bare-server.ts), at 50 and 200 concurrent clients in one run.
 *
 * Options: --amount <n> submissions per run (default 2000), --rounds <n> runs
 * per server and level (default 3; the median is reported), --no-build reuses
 * the last build in .next-bench, --keep keeps the databases for inspection.
 */
import fs from 'node:fs';
import os from 'node:os';
import { prepareDatabase, removeDatabase, submissionAnswers, type Fixture } from './submissions/fixtures';
import { InviteeQueue, probeLoad, submitLoad, type LoadResult, type ProbeResult } from './submissions/load';
import { buildApp, startServer, stopServer, waitForServer, type RunningServer } from './submissions/servers';
import { verifyAcknowledged, type Durability } from './submissions/verify';

const DIST_DIR = '.next-bench';
const APP_PORT = 3214;
const BARE_PORT = 3224;
const CONCURRENCY = [50, 200];
const WARMUP = 2000;

type Target = {
  key: 'app' | 'bare';
  label: string;
  fixture: Fixture;
  queue: InviteeQueue;
  server?: RunningServer;
  /** Per concurrency level, one result per round. */
  rounds: Map<number, LoadResult[]>;
  warmup?: LoadResult;
};

type Summary = { connections: number; requests: number; throughput: number; p50: number; p99: number; errors: number };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Medians over the rounds (errors summed), so one disturbed round on a shared machine does not decide. */
function summarize(target: Target, connections: number): Summary {
  const runs = target.rounds.get(connections)!;
  return {
    connections,
    requests: runs.reduce((sum, r) => sum + r.requests, 0),
    throughput: median(runs.map((r) => r.throughput)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
  };
}

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} wants a positive whole number`);
  return value;
}

/** A Markdown table, so a run can go into docs/benchmarks.md as printed. */
function printTable(targets: Target[]): void {
  console.log('\n| server | clients | requests | req/s (median) | p50 ms (median) | p99 ms (median) | errors |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const c of CONCURRENCY) {
    for (const t of targets) {
      const r = summarize(t, c);
      console.log(`| ${t.label} | ${c} | ${r.requests} | ${r.throughput.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.errors} |`);
    }
  }
}

function printVerdict(app: Target, bare: Target, durability: Map<string, Durability>, probes: ProbeResult[]): void {
  console.log('');
  for (const probe of probes) {
    console.log(
      `app, unknown link (404, no validation or write), ${probe.connections} clients: ${probe.throughput.toFixed(0)} req/s, p50 ${probe.p50} ms, p99 ${probe.p99} ms (${probe.statuses})`,
    );
  }
  if (probes.length) console.log('  (what next start costs per request before any of our work: the ceiling for the app row)\n');
  for (const c of CONCURRENCY) {
    const a = summarize(app, c);
    const b = summarize(bare, c);
    console.log(`ratio app/bare at ${c} clients: throughput ${(a.throughput / b.throughput).toFixed(2)}, p50 ${(a.p50 / b.p50).toFixed(2)}, p99 ${(a.p99 / b.p99).toFixed(2)}`);
  }
  console.log('');
  for (const [label, d] of durability) {
    console.log(`${label}: acknowledged ${d.acknowledged}, submitted in database ${d.submittedInDb}, lost: ${d.lost}`);
    for (const example of d.examples) console.log(`  lost: ${example}`);
  }
  const at200 = summarize(app, 200);
  const bare200 = summarize(bare, 200);
  const errors = CONCURRENCY.reduce((sum, c) => sum + summarize(app, c).errors, 0) + (app.warmup?.errors ?? 0);
  const checks = [
    [`throughput at 200 clients >= half the bare server's`, at200.throughput >= bare200.throughput / 2],
    ['p99 at 200 clients under 100 ms', at200.p99 < 100],
    ['zero errors', errors === 0],
    ['zero lost', durability.get(app.label)!.lost === 0],
  ] as const;
  console.log('\nAim (app):');
  for (const [text, met] of checks) console.log(`  ${met ? 'met    ' : 'NOT MET'} ${text}`);
}

/** Starts both servers, warms them up, runs the rounds and the 404 probe, and always stops them. */
async function measure(targets: Target[], amount: number, roundCount: number): Promise<ProbeResult[]> {
  const stopAll = () => Promise.all(targets.map((t) => (t.server ? stopServer(t.server) : undefined)));
  const onSignal = () => void stopAll().then(() => process.exit(130));
  process.once('SIGINT', onSignal);
  const probes: ProbeResult[] = [];
  try {
    const [app, bare] = targets;
    app.server = startServer(app.label, APP_PORT, [require.resolve('next/dist/bin/next'), 'start', '-p', String(APP_PORT), '-H', '127.0.0.1'], {
      NEXT_DIST_DIR: DIST_DIR,
      DATABASE_URL: app.fixture.file,
      NODE_ENV: 'production',
      APP_URL: `http://127.0.0.1:${APP_PORT}`,
    });
    bare.server = startServer(bare.label, BARE_PORT, ['--import', 'tsx', 'bench/bare-server.ts'], {
      DATABASE_URL: bare.fixture.file,
      NODE_ENV: 'production',
    });
    await Promise.all(targets.map((t) => waitForServer(t.server!)));

    // Warm-up (JIT, route loading, SQLite page cache) is measured but not reported.
    for (const t of targets) t.warmup = await submitLoad({ url: t.server!.url, connections: 100, amount: WARMUP, queue: t.queue });
    // Alternating the two servers per level spreads background noise on a shared machine over both.
    for (const connections of CONCURRENCY) {
      for (let round = 1; round <= roundCount; round++) {
        for (const t of targets) {
          const result = await submitLoad({ url: t.server!.url, connections, amount, queue: t.queue });
          t.rounds.get(connections)!.push(result);
          console.log(
            `  ${t.label}, ${connections} clients, round ${round}: ${result.throughput.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, errors ${result.errors}`,
          );
        }
      }
    }
    const unknownLink = `/api/v1/responses/${'A'.repeat(43)}`;
    probes.push(await probeLoad({ url: targets[0].server!.url, connections: 200, amount, path: unknownLink }));
  } finally {
    await stopAll();
    process.removeListener('SIGINT', onSignal);
  }
  return probes;
}

export async function run(args: string[]): Promise<void> {
  const amount = option(args, '--amount', 2000);
  const roundCount = option(args, '--rounds', 3);
  const started = Date.now();
  console.log(`machine: ${os.cpus().length} x ${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);

  if (args.includes('--no-build') && fs.existsSync(`${DIST_DIR}/BUILD_ID`)) {
    console.log(`reusing the build in ${DIST_DIR}`);
  } else {
    console.log(`next build into ${DIST_DIR} ...`);
    buildApp(DIST_DIR);
  }

  // Every request submits for a library of its own; a few spare per connection
  // because autocannon prepares each connection's next request ahead.
  const libraryCount = WARMUP + roundCount * (CONCURRENCY.length * amount + 2 * CONCURRENCY.reduce((a, b) => a + b, 0)) + 200;
  const targets: Target[] = (['app', 'bare'] as const).map((key) => {
    const fixture = prepareDatabase(`data/bench-${key}.db`, libraryCount);
    const answers = submissionAnswers(fixture.edition);
    return {
      key,
      label: key === 'app' ? 'app (next start)' : 'bare (node:http)',
      fixture,
      queue: new InviteeQueue(fixture.invitees, answers),
      rounds: new Map(CONCURRENCY.map((c) => [c, []])),
    };
  });
  console.log(`databases ready: ${libraryCount} libraries with a link each, ${submissionAnswers(targets[0].fixture.edition).length} distinct valid submissions from the demo generator`);

  const files = targets.map((t) => t.fixture.file);
  try {
    const probes = await measure(targets, amount, roundCount);
    const durability = new Map<string, Durability>();
    for (const t of targets) {
      const acknowledged = [t.warmup!, ...[...t.rounds.values()].flat()].flatMap((r) => r.acknowledged);
      durability.set(t.label, verifyAcknowledged(t.fixture, acknowledged));
    }
    printTable(targets);
    printVerdict(targets[0], targets[1], durability, probes);
    if ([...durability.values()].some((d) => d.lost > 0)) process.exitCode = 1;
  } finally {
    if (!args.includes('--keep')) files.forEach(removeDatabase);
  }
  console.log(`load average after: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log(`\nfinished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
