/**
 * `npm run bench -- submissions`: complete questionnaires submitted through
 * PUT /api/v1/responses/{token} on the production build (served as `npm start` does), beside
 * the floor for this stack, a bare node:http server doing the same work
 * (bench/bare-server.ts), in one run:
 * - closed loop (saturation): 50 and 200 clients that each resend as soon as
 *   answered, for the most each server can do;
 * - open loop (latency): 200 clients with submissions arriving at a fixed mean
 *   rate, 400/s and 60% of the app's closed-loop maximum, for the latency a
 *   respondent sees when the server is busy but not flooded;
 * - Next's no-op route (GET of an unknown link, which Next.js serves) beside
 *   every closed-loop round at 200 clients: the aims compare the app's
 *   throughput with it and the app's CPU per submission with the floor's
 *   (bench/submissions/report.ts prints them with met / NOT MET).
 *
 * Options: --amount <n> submissions per closed-loop run (default 2000),
 * --rounds <n> runs per server and level (default 3; the median is reported),
 * --open-seconds <n> length of an open-loop run (default 6), --no-build reuses
 * the last build in .next-bench, --keep keeps the databases for inspection.
 * BENCH_APP_PORT / BENCH_BARE_PORT move the servers off 3214 / 3224.
 */
import fs from 'node:fs';
import os from 'node:os';
import { prepareDatabase, removeDatabase, submissionAnswers } from './submissions/fixtures';
import { InviteeQueue, probeLoad, submitLoad } from './submissions/load';
import { openLoopLoad } from './submissions/open-loop';
import {
  AIM_CLIENTS,
  CONCURRENCY,
  median,
  ms,
  OPEN_SHARE_OF_APP_MAX,
  printTable,
  printVerdict,
  type Probes,
  type Target,
} from './submissions/report';
import { buildApp, cpuSeconds, startServer, stopServer, waitForServer, type RunningServer } from './submissions/servers';
import { verifyAcknowledged, type Durability } from './submissions/verify';

const DIST_DIR = '.next-bench';
// Overridable so parallel runs on one machine do not collide.
const APP_PORT = Number(process.env.BENCH_APP_PORT || 3214);
const BARE_PORT = Number(process.env.BENCH_BARE_PORT || 3224);
const WARMUP = 2000;
/** Open loop: this many clients at most, at a fixed rate both servers sustain, and at a share of the app's maximum. */
const OPEN_CLIENTS = 200;
const OPEN_FIXED_RATE = 400;
/** Libraries are made before the run, so the share-of-maximum rate is capped at what was reserved for it. */
const OPEN_RATE_CAP = 1200;
/** A well-formed link that does not exist. */
const UNKNOWN_LINK = `/api/v1/responses/${'A'.repeat(43)}`;

/** Runs one load and notes the server's CPU time per request beside it. */
async function withCpu<R extends { requests: number; cpuMsPerRequest?: number }>(
  server: RunningServer,
  load: () => Promise<R>,
): Promise<R> {
  const before = cpuSeconds(server);
  const result = await load();
  const after = cpuSeconds(server);
  if (before !== undefined && after !== undefined && result.requests > 0)
    result.cpuMsPerRequest = ((after - before) * 1000) / result.requests;
  return result;
}

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} wants a positive whole number`);
  return value;
}

/**
 * Starts both servers, warms them up, runs the rounds (with Next's no-op
 * route beside each round at AIM_CLIENTS) and the open loop, and always stops them.
 */
async function measure(targets: Target[], amount: number, roundCount: number, openSeconds: number): Promise<Probes> {
  const stopAll = () => Promise.all(targets.map((t) => (t.server ? stopServer(t.server) : undefined)));
  const onSignal = () => void stopAll().then(() => process.exit(130));
  process.once('SIGINT', onSignal);
  const probes: Probes = { noop: [] };
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
    const appServer = app.server;

    // Warm-up (JIT, route loading, SQLite page cache) is measured but not reported.
    for (const t of targets) t.warmup = await submitLoad({ url: t.server!.url, connections: 100, amount: WARMUP, queue: t.queue });
    // Next's no-op route warmed up too, and its client locked by the guess limit before the first measured round.
    await probeLoad({ url: appServer.url, connections: AIM_CLIENTS, amount: WARMUP, path: UNKNOWN_LINK, method: 'GET' });
    // Alternating the servers per level spreads background noise on a shared machine over all of them.
    for (const connections of CONCURRENCY) {
      for (let round = 1; round <= roundCount; round++) {
        for (const t of targets) {
          const result = await withCpu(t.server!, () => submitLoad({ url: t.server!.url, connections, amount, queue: t.queue }));
          t.rounds.get(connections)!.push(result);
          console.log(
            `  ${t.label}, ${connections} clients, round ${round}: ${result.throughput.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, CPU ${ms(result.cpuMsPerRequest)} ms/req, errors ${result.errors}`,
          );
        }
        if (connections !== AIM_CLIENTS) continue;
        // GET: Next.js serves it (npm start answers only the PUT itself); the same work as the PUT of an unknown link was before.
        const noop = await withCpu(appServer, () =>
          probeLoad({ url: appServer.url, connections, amount, path: UNKNOWN_LINK, method: 'GET' }),
        );
        probes.noop.push(noop);
        console.log(
          `  Next's no-op route, ${connections} clients, round ${round}: ${noop.throughput.toFixed(0)} req/s, CPU ${ms(noop.cpuMsPerRequest)} ms/req (${noop.statuses})`,
        );
      }
    }
    // The open loop, after the closed one: its second rate is a share of the app's measured maximum.
    const appMax = median(app.rounds.get(AIM_CLIENTS)!.map((r) => r.throughput));
    const shareRate = Math.min(OPEN_RATE_CAP, Math.round((OPEN_SHARE_OF_APP_MAX * appMax) / 10) * 10);
    if (shareRate < OPEN_SHARE_OF_APP_MAX * appMax - 10)
      console.log(`  (open-loop rate capped at ${OPEN_RATE_CAP}/s: raise OPEN_RATE_CAP)`);
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
    probes.ownPath = await withCpu(appServer, () =>
      probeLoad({ url: appServer.url, connections: AIM_CLIENTS, amount, path: UNKNOWN_LINK, method: 'PUT' }),
    );
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
  const loadAtStart = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  console.log(`started ${new Date(started).toISOString()}, load average ${loadAtStart}`);
  console.log(
    `machine: ${os.cpus().length} x ${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  );

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
  const targets: Target[] = [];
  for (const key of ['app', 'bare'] as const) {
    const fixture = await prepareDatabase(`data/bench-${key}.db`, libraryCount);
    const answers = submissionAnswers(fixture.edition);
    targets.push({
      key,
      label: key === 'app' ? 'app (npm start)' : 'bare (node:http)',
      fixture,
      queue: new InviteeQueue(fixture.invitees, answers),
      rounds: new Map(CONCURRENCY.map((c) => [c, []])),
      openRounds: new Map(),
    });
  }
  console.log(
    `databases ready: ${libraryCount} libraries with a link each, ${submissionAnswers(targets[0].fixture.edition).length} distinct valid submissions from the demo generator`,
  );

  const files = targets.map((t) => t.fixture.file);
  try {
    const probes = await measure(targets, amount, roundCount, openSeconds);
    const durability = new Map<string, Durability>();
    for (const t of targets) {
      const acknowledged = [t.warmup!, ...[...t.rounds.values()].flat(), ...[...t.openRounds.values()].flat()].flatMap(
        (r) => r.acknowledged,
      );
      durability.set(t.label, verifyAcknowledged(t.fixture, acknowledged));
    }
    printTable(targets);
    printVerdict(targets[0], targets[1], durability, probes, loadAtStart);
    if ([...durability.values()].some((d) => d.lost > 0)) process.exitCode = 1;
  } finally {
    if (!args.includes('--keep')) files.forEach(removeDatabase);
  }
  console.log(
    `load average after: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(`\nfinished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
