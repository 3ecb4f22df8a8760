import autocannon from 'autocannon';
import type { Answers } from '@/lib/questionnaire/visibility';
import type { Invitee } from './fixtures';

export type LoadResult = {
  connections: number;
  requests: number;
  /** Completed requests per second over the whole run. */
  throughput: number;
  p50: number;
  p99: number;
  /** Responses other than 2xx, plus connection errors (timeouts included). */
  errors: number;
  /** Submissions answered with 200: these must all be in the database. */
  acknowledged: Submission[];
  /** CPU time the server used per request during the run (set by the caller that can see the server). */
  cpuMsPerRequest?: number;
};

/**
 * Hands out invitees one by one: every request submits for a library that has
 * not answered yet, as on the last day before an edition closes.
 */
export type Submission = { invitee: Invitee; answers: Answers };

export class InviteeQueue {
  private next = 0;
  constructor(
    private readonly invitees: Invitee[],
    private readonly answerSets: Answers[],
  ) {}

  take(): Submission {
    if (this.next >= this.invitees.length) throw new Error('the benchmark ran out of invitations; raise the library count');
    const k = this.next++;
    return { invitee: this.invitees[k], answers: this.answerSets[k % this.answerSets.length] };
  }

  get used(): number {
    return this.next;
  }
}

/** `amount` submissions over `connections` keep-alive connections, each sending its next request when the last is answered. */
export async function submitLoad({
  url,
  connections,
  amount,
  queue,
}: {
  url: string;
  connections: number;
  amount: number;
  queue: InviteeQueue;
}): Promise<LoadResult> {
  const acknowledged: Submission[] = [];
  // autocannon's own duration ends on its one-second ticker, which skews short
  // runs; the clock here runs from the start to the last response.
  const start = performance.now();
  let lastResponse = start;
  const result = await autocannon({
    url,
    connections,
    amount,
    timeout: 30,
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request, context) => {
          const submission = queue.take();
          (context as { submission?: Submission }).submission = submission;
          return {
            ...request,
            path: `/api/v1/responses/${submission.invitee.token}`,
            body: JSON.stringify({ answers: submission.answers, submit: true }),
          };
        },
        onResponse: (status, _body, context) => {
          lastResponse = performance.now();
          if (status === 200) acknowledged.push((context as { submission: Submission }).submission);
        },
      },
    ],
  });
  return { ...measured(result, connections, start, lastResponse), errors: result.non2xx + result.errors, acknowledged };
}

/**
 * Throughput timed from the first request to the last response: autocannon's
 * own duration is rounded to whole seconds.
 */
function measured(result: autocannon.Result, connections: number, start: number, lastResponse: number) {
  const completed = result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx'];
  return {
    connections,
    requests: completed,
    throughput: completed / ((lastResponse - start) / 1000),
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

export type ProbeResult = {
  connections: number;
  requests: number;
  throughput: number;
  p50: number;
  p99: number;
  statuses: string;
  cpuMsPerRequest?: number;
};

/**
 * The same request over and over, for what a server costs before any work:
 * a request for a well-formed link that does not exist is two indexed reads
 * (the token, the client's guess limit) and a 404 or 429, with no body read,
 * no validation and no write.
 */
export async function probeLoad({
  url,
  connections,
  amount,
  path,
  method = 'PUT',
}: {
  url: string;
  connections: number;
  amount: number;
  path: string;
  method?: 'GET' | 'PUT';
}): Promise<ProbeResult> {
  const start = performance.now();
  let lastResponse = start;
  const statuses = new Map<number, number>();
  const result = await autocannon({
    url,
    connections,
    amount,
    timeout: 30,
    requests: [
      {
        method,
        path,
        ...(method === 'PUT'
          ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ answers: {}, submit: true }) }
          : {}),
        onResponse: (status) => {
          lastResponse = performance.now();
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        },
      },
    ],
  });
  return {
    ...measured(result, connections, start, lastResponse),
    statuses:
      [...statuses].map(([status, count]) => `${count}x ${status}`).join(', ') +
      (result.errors ? `, ${result.errors} connection errors` : ''),
  };
}
