import http from 'node:http';
import type { InviteeQueue, LoadResult, Submission } from './load';

export type OpenLoopResult = LoadResult & {
  /** The arrival rate asked for (requests per second). */
  rate: number;
  /** Most requests outstanding at one moment (sent or waiting for a free client). */
  peakInFlight: number;
};

/** A small seeded generator, so every run sends the same arrival pattern. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * An open loop: submissions arrive at `rate` per second on average, whether or
 * not earlier ones have been answered, as independent respondents do (Poisson
 * arrivals: exponential gaps, seeded). They go out over at most `clients`
 * keep-alive connections; when all are busy a submission waits for one.
 * Latency runs from the moment a submission was due, so time spent waiting for
 * a connection, or in a late timer of this process, counts against the server
 * rather than being hidden (no coordinated omission).
 *
 * autocannon's own rate option is not used: it lets each connection send its
 * share of a second back to back when the second starts, so all clients burst
 * together once a second, which is the closed loop again in bursts.
 */
export async function openLoopLoad({
  url,
  clients,
  rate,
  seconds,
  queue,
  seed = 1,
  onLatency,
}: {
  url: string;
  clients: number;
  rate: number;
  seconds: number;
  queue: InviteeQueue;
  seed?: number;
  /** Each submission's due time (ms from the start) and latency, for a look at when the slow ones happened. */
  onLatency?: (dueAt: number, latency: number) => void;
}): Promise<OpenLoopResult> {
  const target = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const next = random(seed);
  const due: number[] = [];
  for (let t = 0; ;) {
    t += (-Math.log(1 - next()) / rate) * 1000;
    if (t >= seconds * 1000) break;
    due.push(t);
  }

  const latencies: number[] = [];
  const acknowledged: Submission[] = [];
  let errors = 0;
  let inFlight = 0;
  let peakInFlight = 0;
  let sent = 0;
  let lastResponse = 0;
  const start = performance.now();

  await new Promise<void>((resolve) => {
    let finished = 0;
    const record = (dueAt: number) => {
      const latency = performance.now() - start - dueAt;
      latencies.push(latency);
      onLatency?.(dueAt, latency);
    };
    const done = () => {
      finished += 1;
      inFlight -= 1;
      lastResponse = performance.now();
      if (finished === due.length) resolve();
    };
    const send = (dueAt: number) => {
      const submission = queue.take();
      const body = JSON.stringify({ answers: submission.answers, submit: true });
      inFlight += 1;
      peakInFlight = Math.max(peakInFlight, inFlight);
      const request = http.request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          method: 'PUT',
          path: `/api/v1/responses/${submission.invitee.token}`,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
          timeout: 30_000,
        },
        (response) => {
          response.resume();
          response.on('end', () => {
            record(dueAt);
            if (response.statusCode === 200) acknowledged.push(submission);
            else errors += 1;
            done();
          });
        },
      );
      request.on('timeout', () => request.destroy(new Error('timeout')));
      request.on('error', () => {
        errors += 1;
        record(dueAt);
        done();
      });
      request.end(body);
    };
    const tick = () => {
      const elapsed = performance.now() - start;
      while (sent < due.length && due[sent] <= elapsed) send(due[sent++]);
      if (sent < due.length) setTimeout(tick, Math.max(0, due[sent] - (performance.now() - start)));
    };
    if (due.length === 0) resolve();
    else tick();
  });
  agent.destroy();

  const sorted = latencies.sort((a, b) => a - b);
  return {
    connections: clients,
    rate,
    requests: due.length,
    throughput: due.length / ((lastResponse - start) / 1000),
    // One decimal: at low load these are a few milliseconds.
    p50: Math.round(percentile(sorted, 50) * 10) / 10,
    p99: Math.round(percentile(sorted, 99) * 10) / 10,
    errors,
    acknowledged,
    peakInFlight,
  };
}
