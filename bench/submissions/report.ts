import type { Fixture } from './fixtures';
import type { InviteeQueue, LoadResult, ProbeResult } from './load';
import type { OpenLoopResult } from './open-loop';
import type { RunningServer } from './servers';
import type { Durability } from './verify';

export const CONCURRENCY = [50, 200];
/** The level the aims are checked at: the probe runs beside its rounds. */
export const AIM_CLIENTS = 200;
/** Issue 21's aims: the app's throughput beside Next's no-op route, its CPU per submission beside the floor's. */
const AIM_THROUGHPUT_OF_NOOP = 0.9;
const AIM_CPU_OF_FLOOR = 1.5;
/** The open loop's share of the app's maximum (its second rate). */
export const OPEN_SHARE_OF_APP_MAX = 0.6;

export type Target = {
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

/** Next.js's near-no-op route, one run per closed-loop round at AIM_CLIENTS, and server.ts's own no-op once. */
export type Probes = { noop: ProbeResult[]; ownPath?: ProbeResult };

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function medianCpu(runs: { cpuMsPerRequest?: number }[]): number | undefined {
  const values = runs.map((r) => r.cpuMsPerRequest).filter((v): v is number => v !== undefined);
  return values.length ? median(values) : undefined;
}

export const ms = (value: number | undefined) => (value === undefined ? 'n/a' : value.toFixed(2));

type Summary = { connections: number; requests: number; throughput: number; p50: number; p99: number; errors: number; cpu?: number };

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

/** Markdown tables, so a run can go into docs/benchmarks.md as printed. */
export function printTable(targets: Target[]): void {
  console.log('\nClosed loop (saturation: each client resends as soon as it is answered):');
  console.log(
    '\n| server | clients | requests | req/s (median) | p50 ms (median) | p99 ms (median) | server CPU ms/req (median) | errors |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const c of CONCURRENCY) {
    for (const t of targets) {
      const r = summarize(t, c);
      console.log(`| ${t.label} | ${c} | ${r.requests} | ${r.throughput.toFixed(0)} | ${r.p50} | ${r.p99} | ${ms(r.cpu)} | ${r.errors} |`);
    }
  }
  console.log(`\nOpen loop (200 clients, Poisson arrivals at a fixed mean rate; latency from the moment a submission was due):`);
  console.log(
    '\n| server | arrivals/s | requests | p50 ms (median) | p99 ms (median) | most outstanding | server CPU ms/req (median) | errors |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const rate of targets[0].openRounds.keys()) {
    for (const t of targets) {
      const r = summarizeOpen(t, rate);
      console.log(`| ${t.label} | ${rate} | ${r.requests} | ${r.p50} | ${r.p99} | ${r.peakInFlight} | ${ms(r.cpu)} | ${r.errors} |`);
    }
  }
}

function printProbes({ noop, ownPath }: Probes): void {
  console.log('');
  const tp = median(noop.map((p) => p.throughput));
  console.log(
    `Next's no-op route, GET /api/v1/responses/<unknown link>, ${AIM_CLIENTS} clients, ${noop.length} rounds beside the app's: ` +
      `median ${tp.toFixed(0)} req/s (${noop.map((p) => p.throughput.toFixed(0)).join(', ')}), server CPU ${ms(medianCpu(noop))} ms/req, ` +
      `p50 ${median(noop.map((p) => p.p50))} ms (${noop.at(-1)!.statuses} in the last round)`,
  );
  console.log('  (404 until the guess limit locks, then 429: two indexed reads, no body, validation or write;');
  console.log("   what Next.js's route handling costs a request before any of our work: the ceiling for an app request served by Next.js)");
  if (ownPath) {
    console.log(
      `PUT /api/v1/responses/<unknown link>, ${ownPath.connections} clients: ${ownPath.throughput.toFixed(0)} req/s, server CPU ${ms(ownPath.cpuMsPerRequest)} ms/req, ` +
        `p50 ${ownPath.p50} ms (${ownPath.statuses})`,
    );
    console.log('  (the same no-op where npm start answers a save: server.ts itself, without Next.js, since issue 21)');
  }
}

export function printVerdict(app: Target, bare: Target, durability: Map<string, Durability>, probes: Probes, loadAtStart: string): void {
  printProbes(probes);
  console.log('');
  for (const c of CONCURRENCY) {
    const a = summarize(app, c);
    const b = summarize(bare, c);
    const cpu = a.cpu !== undefined && b.cpu !== undefined ? `, server CPU per request app/bare ${(a.cpu / b.cpu).toFixed(2)}` : '';
    console.log(
      `ratio app/bare at ${c} clients: throughput ${(a.throughput / b.throughput).toFixed(2)}, p50 ${(a.p50 / b.p50).toFixed(2)}, p99 ${(a.p99 / b.p99).toFixed(2)}${cpu}`,
    );
  }
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

  const atAim = summarize(app, AIM_CLIENTS);
  const bareAtAim = summarize(bare, AIM_CLIENTS);
  const noopThroughput = median(probes.noop.map((p) => p.throughput));
  const throughputRatio = atAim.throughput / noopThroughput;
  const cpuRatio = atAim.cpu !== undefined && bareAtAim.cpu !== undefined ? atAim.cpu / bareAtAim.cpu : undefined;
  // Round by round (each app round beside the probe and the floor's round after it), for the spread.
  const appRounds = app.rounds.get(AIM_CLIENTS)!;
  const bareRounds = bare.rounds.get(AIM_CLIENTS)!;
  const perRoundThroughput = appRounds.map((r, i) => (r.throughput / probes.noop[i].throughput).toFixed(2)).join(', ');
  const perRoundCpu = appRounds
    .map((r, i) =>
      r.cpuMsPerRequest !== undefined && bareRounds[i].cpuMsPerRequest !== undefined
        ? (r.cpuMsPerRequest / bareRounds[i].cpuMsPerRequest!).toFixed(2)
        : 'n/a',
    )
    .join(', ');

  const [fixedRate, shareRate = fixedRate] = [...app.openRounds.keys()];
  const openFixed = summarizeOpen(app, fixedRate);
  const openShare = summarizeOpen(app, shareRate);
  const errors =
    CONCURRENCY.reduce((sum, c) => sum + summarize(app, c).errors, 0) +
    [...app.openRounds.keys()].reduce((sum, rate) => sum + summarizeOpen(app, rate).errors, 0) +
    (app.warmup?.errors ?? 0);
  const checks = [
    [
      `app throughput >= ${AIM_THROUGHPUT_OF_NOOP}x Next's no-op route: ${throughputRatio.toFixed(2)} [closed loop, ${AIM_CLIENTS} clients, medians: ` +
        `${atAim.throughput.toFixed(0)} vs ${noopThroughput.toFixed(0)} req/s; per round ${perRoundThroughput}]`,
      throughputRatio >= AIM_THROUGHPUT_OF_NOOP,
    ],
    [
      `app CPU per submission <= ${AIM_CPU_OF_FLOOR}x the floor's: ${cpuRatio === undefined ? 'n/a' : cpuRatio.toFixed(2)} [closed loop, ${AIM_CLIENTS} clients, medians: ` +
        `${ms(atAim.cpu)} vs ${ms(bareAtAim.cpu)} ms; per round ${perRoundCpu}]`,
      cpuRatio !== undefined && cpuRatio <= AIM_CPU_OF_FLOOR,
    ],
    [`p99 under 100 ms at 200 clients [open loop, ${fixedRate} submissions/s: p99 ${openFixed.p99} ms]`, openFixed.p99 < 100],
    [
      `p99 under 100 ms at 200 clients [open loop, ${shareRate} submissions/s = ${Math.round(OPEN_SHARE_OF_APP_MAX * 100)}% of the app's maximum: p99 ${openShare.p99} ms]`,
      openShare.p99 < 100,
    ],
    ['zero errors [all app runs, warm-up included]', errors === 0],
    ['zero lost [every acknowledged app submission, read back after the server stopped]', durability.get(app.label)!.lost === 0],
  ] as const;
  console.log(`\nAim (app), load average at the start ${loadAtStart}:`);
  for (const [text, met] of checks) console.log(`  ${met ? 'met    ' : 'NOT MET'} ${text}`);
  console.log(
    `  (not checked: p99 in the closed loop at 200 clients, ${atAim.p99} ms. There 200 requests are always in the server, so the mean\n` +
      `   latency is 200 / throughput (Little's law), whatever the server does.)`,
  );
}
