/**
 * `npm run bench -- submissions`: complete questionnaires submitted through
 * PUT /api/v1/responses/{token} on the production build (served as `npm start` does), beside
 * the floor for this stack, a bare node:http server doing the same work
 * (bench/bare-server.ts), in one run:
 * - closed loop (saturation): 50 and 200 clients that each resend as soon as
 *   answered, for the most each server can do;
 * - open loop (latency): 200 clients with submissions arriving at a fixed mean
 *   rate, 400/s and 60% of the app's closed-loop maximum, for the latency a
 *   respondent sees when the server is busy but not flooded.
 *
 * Options: --amount <n> submissions per closed-loop run (default 2000),
 * --rounds <n> runs per server and level (default 3; the median is reported),
 * --open-seconds <n> length of an open-loop run (default 6), --no-build reuses
 * the last build in .next-bench, --keep keeps the databases for inspection.
 * BENCH_APP_PORT / BENCH_BARE_PORT move the servers off 3214 / 3224.
 */
import fs from 'node:fs';
import os from 'node:os';
import { prepareDatabase, removeDatabase, submissionAnswers, type Fixture } from './submissions/fixtures';
import { InviteeQueue, probeLoad, submitLoad, type LoadResult, type ProbeResult } from './submissions/load';
import { openLoopLoad, type OpenLoopResult } from './submissions/open-loop';
import { buildApp, cpuSeconds, startServer, stopServer, waitForServer, type RunningServer } from './submissions/servers';
import { verifyAcknowledged, type Durability } from './submissions/verify';

const DIST_DIR = '.next-bench';
// Overridable so parallel runs on one machine do not collide.
const APP_PORT = Number(process.env.BENCH_APP_PORT || 3214);
const BARE_PORT = Number(process.env.BENCH_BARE_PORT || 3224);
const CONCURRENCY = [50, 200];
const WARMUP = 2000;
/** Open loop: this many clients at most, at a fixed rate both servers sustain, and at a share of the app's maximum. */
const OPEN_CLIENTS = 200;
const OPEN_FIXED_RATE = 400;
const OPEN_SHARE_OF_APP_MAX = 0.6;
/** Libraries are made before the run, so the share-of-maximum rate is capped at what was reserved for it. */
const OPEN_RATE_CAP = 1200;

type Target = {
  key: 'app' | 'bare';
  label: string;
  fixture: Fixture;
  queue: InviteeQueue;
  server?: RunningServer;
  /** Per concurrency level, one result per round. */
  rounds: Map<number, LoadResult[]>;
  /** Per open-loop arrival rate, one result per round. */
  openRounds: Map<number, OpenLoopResult[]>;
  warmup?: LoadResult;
};

type OpenSummary = { rate: number; requests: number; p50: number; p99: number; errors: number; peakInFlight: number; cpu?: number };

function summarizeOpen(target: Target, rate: number): OpenSummary {
  const runs = target.openRounds.get(rate)!;
  return {
    rate,
    requests: runs.reduce((sum, r) => sum + r.requests, 0),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    peakInFlight: Math.max(...runs.map((r) => r.peakInFlight)),
    cpu: medianCpu(runs),
  };
}

type Summary = { connections: number; requests: number; throughput: number; p50: number; p99: number; errors: number; cpu?: number };

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
    cpu: medianCpu(runs),
  };
}

/** Runs one load and notes the server's CPU time per request beside it. */
async function withCpu<R extends LoadResult>(server: RunningServer, load: () => Promise<R>): Promise<R> {
  const before = cpuSeconds(server);
  const result = await load();
  const after = cpuSeconds(server);
  if (before !== undefined && after !== undefined && result.requests > 0) result.cpuMsPerRequest = ((after - before) * 1000) / result.requests;
  return result;
}

function medianCpu(runs: LoadResult[]): number | undefined {
  const values = runs.map((r) => r.cpuMsPerRequest).filter((v): v is number => v !== undefined);
  return values.length ? median(values) : undefined;
}

const ms = (value: number | undefined) => (value === undefined ? 'n/a' : value.toFixed(2));

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} wants a positive whole number`);
  return value;
}

/** Markdown tables, so a run can go into docs/benchmarks.md as printed. */
function printTable(targets: Target[]): void {
  console.log('\nClosed loop (saturation: each client resends as soon as it is answered):');
  console.log('\n| server | clients | requests | req/s (median) | p50 ms (median) | p99 ms (median) | server CPU ms/req (median) | errors |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const c of CONCURRENCY) {
    for (const t of targets) {
      const r = summarize(t, c);
      console.log(`| ${t.label} | ${c} | ${r.requests} | ${r.throughput.toFixed(0)} | ${r.p50} | ${r.p99} | ${ms(r.cpu)} | ${r.errors} |`);
    }
  }
  console.log(`\nOpen loop (${OPEN_CLIENTS} clients, Poisson arrivals at a fixed mean rate; latency from the moment a submission was due):`);
  console.log('\n| server | arrivals/s | requests | p50 ms (median) | p99 ms (median) | most outstanding | server CPU ms/req (median) | errors |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const rate of targets[0].openRounds.keys()) {
    for (const t of targets) {
      const r = summarizeOpen(t, rate);
      console.log(`| ${t.label} | ${rate} | ${r.requests} | ${r.p50} | ${r.p99} | ${r.peakInFlight} | ${ms(r.cpu)} | ${r.errors} |`);
    }
  }
}

function printVerdict(app: Target, bare: Target, durability: Map<string, Durability>, probes: ProbeResult[]): void {
  console.log('');
  for (const probe of probes) {
    console.log(
      `app, unknown link, ${probe.connections} clients: ${probe.throughput.toFixed(0)} req/s, p50 ${probe.p50} ms, p99 ${probe.p99} ms (${probe.statuses})`,
    );
  }
  if (probes.length) {
    console.log('  (404 until the guess limit locks, then 429: two indexed reads, no body, validation or write;');
    console.log('   about what the server costs per request before our work: the ceiling for the app rows)\n');
  }
  for (const c of CONCURRENCY) {
    const a = summarize(app, c);
    const b = summarize(bare, c);
    const cpu = a.cpu !== undefined && b.cpu !== undefined ? `, server CPU per request bare/app ${(b.cpu / a.cpu).toFixed(2)}` : '';
    console.log(`ratio app/bare at ${c} clients: throughput ${(a.throughput / b.throughput).toFixed(2)}, p50 ${(a.p50 / b.p50).toFixed(2)}, p99 ${(a.p99 / b.p99).toFixed(2)}${cpu}`);
  }
  console.log('  (bare/app CPU per request is the throughput ratio the two would show with a core each and nothing else running)');
  for (const rate of app.openRounds.keys()) {
    const a = summarizeOpen(app, rate);
    const b = summarizeOpen(bare, rate);
    console.log(`ratio app/bare in the open loop at ${rate}/s: p50 ${(a.p50 / b.p50).toFixed(2)}, p99 ${(a.p99 / b.p99).toFixed(2)}`);
  }
  console.log('');
  for (const [label, d] of durability) {
    console.log(`${label}: acknowledged ${d.acknowledged}, submitted in database ${d.submittedInDb}, lost: ${d.lost}`);
    for (const example of d.examples) console.log(`  lost: ${example}`);
  }
  const at200 = summarize(app, 200);
  const bare200 = summarize(bare, 200);
  const [fixedRate, shareRate = fixedRate] = [...app.openRounds.keys()];
  const openFixed = summarizeOpen(app, fixedRate);
  const openShare = summarizeOpen(app, shareRate);
  const errors =
    CONCURRENCY.reduce((sum, c) => sum + summarize(app, c).errors, 0) +
    [...app.openRounds.keys()].reduce((sum, rate) => sum + summarizeOpen(app, rate).errors, 0) +
    (app.warmup?.errors ?? 0);
  const checks = [
    [
      `throughput >= half the bare server's [closed loop, 200 clients: ${at200.throughput.toFixed(0)} vs ${bare200.throughput.toFixed(0)} req/s, ratio ${(at200.throughput / bare200.throughput).toFixed(2)}` +
        (at200.cpu !== undefined && bare200.cpu !== undefined ? `; by server CPU per request ${(bare200.cpu / at200.cpu).toFixed(2)}]` : ']'),
      at200.throughput >= bare200.throughput / 2,
    ],
    [`p99 under 100 ms at 200 clients [open loop, ${fixedRate} submissions/s: p99 ${openFixed.p99} ms]`, openFixed.p99 < 100],
    [
      `p99 under 100 ms at 200 clients [open loop, ${shareRate} submissions/s = ${Math.round(OPEN_SHARE_OF_APP_MAX * 100)}% of the app's maximum: p99 ${openShare.p99} ms]`,
      openShare.p99 < 100,
    ],
    ['zero errors [all app runs, warm-up included]', errors === 0],
    ['zero lost [every acknowledged app submission, read back after the server stopped]', durability.get(app.label)!.lost === 0],
  ] as const;
  console.log('\nAim (app):');
  for (const [text, met] of checks) console.log(`  ${met ? 'met    ' : 'NOT MET'} ${text}`);
  console.log(
    `  (not checked: p99 in the closed loop at 200 clients, ${at200.p99} ms. There 200 requests are always in the server, so the mean\n` +
      `   latency is 200 / throughput (Little's law): under 100 ms would take more than 2000 req/s, which neither server reaches here.)`,
  );
}

/** Starts both servers, warms them up, runs the rounds and the 404 probe, and always stops them. */
async function measure(targets: Target[], amount: number, roundCount: number, openSeconds: number): Promise<ProbeResult[]> {
  const stopAll = () => Promise.all(targets.map((t) => (t.server ? stopServer(t.server) : undefined)));
  const onSignal = () => void stopAll().then(() => process.exit(130));
  process.once('SIGINT', onSignal);
  const probes: ProbeResult[] = [];
  try {
    const [app, bare] = targets;
    app.server = startServer(app.label, APP_PORT, ['--import', 'tsx', 'server.ts'], {
      HOST: '127.0.0.1',
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
          const result = await withCpu(t.server!, () => submitLoad({ url: t.server!.url, connections, amount, queue: t.queue }));
          t.rounds.get(connections)!.push(result);
          console.log(
            `  ${t.label}, ${connections} clients, round ${round}: ${result.throughput.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, CPU ${ms(result.cpuMsPerRequest)} ms/req, errors ${result.errors}`,
          );
        }
      }
    }
    // The open loop, after the closed one: its second rate is a share of the app's measured maximum.
    const appMax = median(targets[0].rounds.get(200)!.map((r) => r.throughput));
    const shareRate = Math.min(OPEN_RATE_CAP, Math.round((OPEN_SHARE_OF_APP_MAX * appMax) / 10) * 10);
    if (shareRate < OPEN_SHARE_OF_APP_MAX * appMax - 10) console.log(`  (open-loop rate capped at ${OPEN_RATE_CAP}/s: raise OPEN_RATE_CAP)`);
    for (const rate of new Set([OPEN_FIXED_RATE, shareRate])) {
      for (const t of targets) t.openRounds.set(rate, []);
      for (let round = 1; round <= roundCount; round++) {
        for (const t of targets) {
          // The same seed for both servers: each gets the same arrival pattern.
          const result = await withCpu(t.server!, () =>
            openLoopLoad({ url: t.server!.url, clients: OPEN_CLIENTS, rate, seconds: openSeconds, queue: t.queue, seed: round }),
          );
          t.openRounds.get(rate)!.push(result);
          console.log(
            `  ${t.label}, open loop ${rate}/s, round ${round}: ${result.requests} submissions, p50 ${result.p50} ms, p99 ${result.p99} ms, most outstanding ${result.peakInFlight}, errors ${result.errors}`,
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
  const openSeconds = option(args, '--open-seconds', 6);
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
  // The open loop's Poisson arrivals are counted with 10% to spare.
  const libraryCount =
    WARMUP +
    roundCount * (CONCURRENCY.length * amount + 2 * CONCURRENCY.reduce((a, b) => a + b, 0)) +
    roundCount * Math.ceil(1.1 * openSeconds * (OPEN_FIXED_RATE + OPEN_RATE_CAP)) +
    200;
  const targets: Target[] = (['app', 'bare'] as const).map((key) => {
    const fixture = prepareDatabase(`data/bench-${key}.db`, libraryCount);
    const answers = submissionAnswers(fixture.edition);
    return {
      key,
      label: key === 'app' ? 'app (npm start)' : 'bare (node:http)',
      fixture,
      queue: new InviteeQueue(fixture.invitees, answers),
      rounds: new Map(CONCURRENCY.map((c) => [c, []])),
      openRounds: new Map(),
    };
  });
  console.log(`databases ready: ${libraryCount} libraries with a link each, ${submissionAnswers(targets[0].fixture.edition).length} distinct valid submissions from the demo generator`);

  const files = targets.map((t) => t.fixture.file);
  try {
    const probes = await measure(targets, amount, roundCount, openSeconds);
    const durability = new Map<string, Durability>();
    for (const t of targets) {
      const acknowledged = [t.warmup!, ...[...t.rounds.values()].flat(), ...[...t.openRounds.values()].flat()].flatMap((r) => r.acknowledged);
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
