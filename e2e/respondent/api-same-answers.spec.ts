import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { loopbackClient, type LoopbackClient } from '../support/client-address';
import { notStartedLink, readDemoLinks } from '../support/links';

// npm start (server.ts, the e2e server) answers a respondent's save itself,
// with the route's own code; Next.js's route answers it under `next dev` and
// a bare `next start`. This spec starts the same build with `next start`
// beside the e2e server, on the same database, and sends both the same
// requests: a library must not be able to tell which one answered.
const nextPort = Number(process.env.E2E_NEXT_PORT ?? Number(process.env.E2E_PORT ?? 3210) + 2);
const nextUrl = `http://127.0.0.1:${nextPort}`;

// What a client, a cache or a browser acts on; Date and Keep-Alive are the same node:http's.
const compared = [
  'content-type',
  'content-encoding',
  'cache-control',
  'vary',
  'content-security-policy',
  'x-frame-options',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
  'cross-origin-opener-policy',
  'set-cookie',
  'location',
];

type Answer = { status: number; headers: Record<string, string | undefined>; body: unknown };

/** Status, the compared headers and the body, with what differs between two libraries (moments, references) made alike. */
async function answer(response: APIResponse): Promise<Answer> {
  const all = response.headers();
  const headers = Object.fromEntries(compared.map((name) => [name, all[name]]));
  // Seconds left of a lock: the two servers' locks started moments apart.
  if (all['retry-after'] !== undefined) headers['retry-after'] = Number(all['retry-after']) > 500 ? 'about 600' : all['retry-after'];
  const text = await response.text();
  const body =
    text === ''
      ? ''
      : JSON.parse(text.replace(/"\d{4}-\d\d-\d\dT[\d:.]+Z"/g, '"<moment>"').replace(/"R\d+-[0-9A-Z]{4}"/g, '"<reference>"'));
  return { status: response.status(), headers, body };
}

let next: ChildProcess | undefined;
let nextLog = '';
let client: LoopbackClient;
let viaServerTs: APIRequestContext;
let viaNext: APIRequestContext;

test.beforeAll(async ({ playwright, baseURL }) => {
  test.setTimeout(120_000);
  next = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '--port', String(nextPort), '--hostname', '127.0.0.1'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? '.next-e2e',
      DATABASE_URL: process.env.DATABASE_URL ?? 'data/e2e.db',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  next.stdout!.on('data', (chunk) => (nextLog += chunk));
  next.stderr!.on('data', (chunk) => (nextLog += chunk));
  // The guess-limit case needs a client address no other spec uses (on the e2e server; `next start` counts everyone as one client).
  client = await loopbackClient();
  viaServerTs = await playwright.request.newContext({ baseURL, proxy: client.proxy });
  viaNext = await playwright.request.newContext({ baseURL: nextUrl });
  // The home page: asking for a link would count against the guess limit.
  await expect(async () => expect((await viaNext.get('/')).status(), nextLog).toBe(200)).toPass({ timeout: 90_000 });
});

test.afterAll(async () => {
  await viaServerTs?.dispose();
  await viaNext?.dispose();
  await client?.close();
  next?.kill();
});

type Request = { method?: 'PUT' | 'GET'; path?: string; data?: string | Buffer; headers?: Record<string, string> };

/** The same request to both servers, each for a library of its own (`token`: one per server). */
async function both(tokens: [string, string], { method = 'PUT', path = '', data, headers }: Request): Promise<[Answer, Answer]> {
  const send = (context: APIRequestContext, token: string) =>
    context.fetch(`/api/v1/responses/${token}${path}`, {
      method,
      data,
      headers: { 'Content-Type': 'application/json', ...headers },
      maxRedirects: 0,
    });
  return [await answer(await send(viaServerTs, tokens[0])), await answer(await send(viaNext, tokens[1]))];
}

const body = (value: unknown) => JSON.stringify(value);

test("server.ts answers a respondent's saves as Next.js's route does: status, body, security and caching headers", async () => {
  const tokens: [string, string] = [notStartedLink(50).token, notStartedLink(51).token];
  const cases: [string, Request][] = [
    ['a first draft save', { data: body({ answers: { VO_SAMENWERKING: 'JA' }, submit: false, version: 0 }) }],
    [
      'a save from a stale version (409 with the current answers)',
      { data: body({ answers: { VO_SAMENWERKING: 'NEE' }, submit: false, version: 0 }) },
    ],
    ['answers the schema refuses (422)', { data: body({ answers: { VO_SAMENWERKING: 'JA', TEVREDEN: ['BESTAAT_NIET'] }, submit: true }) }],
    ['a request of the wrong shape (400)', { data: body({ answers: {}, submit: 'ja' }) }],
    ['malformed JSON (400)', { data: '{"answers": ' }],
    ['bytes that are not UTF-8 (400)', { data: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]) }],
    ['an empty body (400)', { data: '' }],
    ['a body over 256 kB (413)', { data: Buffer.alloc(300 * 1024, 0x20) }],
    ['a query string beside the save', { path: '?bron=formulier', data: body({ answers: { VO_SAMENWERKING: 'JA' }, submit: false }) }],
    ['a client that takes no gzip', { headers: { 'Accept-Encoding': 'identity' }, data: body({ answers: { X: 1 }, submit: false }) }],
    ['a client that takes only deflate', { headers: { 'Accept-Encoding': 'deflate' }, data: body({ answers: { X: 1 }, submit: false }) }],
    ['the submission, with its reference', { data: body({ answers: { VO_SAMENWERKING: 'NEE' }, submit: true, version: 2 }) }],
    ['a change after sending, kept apart', { data: body({ answers: { VO_SAMENWERKING: 'JA' }, submit: false }) }],
  ];
  for (const [what, request] of cases) {
    const [ours, nexts] = await both(tokens, request);
    expect(ours, what).toEqual(nexts);
  }
  // The statuses themselves, so that two servers equally wrong do not pass.
  const [first] = await both(tokens, { method: 'GET' });
  expect((first.body as { response: { status: string; pendingChanges: boolean } }).response).toMatchObject({
    status: 'submitted',
    pendingChanges: true,
  });

  // The two really are different paths: server.ts writes its answer at once with its length, Next.js in chunks.
  const plain = {
    data: body({ answers: { X: 1 }, submit: false }),
    headers: { 'Content-Type': 'application/json', 'Accept-Encoding': 'identity' },
  };
  const [fromServerTs, fromNext] = [
    await viaServerTs.put(`/api/v1/responses/${tokens[0]}`, plain),
    await viaNext.put(`/api/v1/responses/${tokens[1]}`, plain),
  ];
  expect(fromServerTs.headers()['content-length']).toBe(String((await fromServerTs.body()).length));
  expect(fromNext.headers()['transfer-encoding']).toBe('chunked');
});

test('the same refusals for a closed edition, an unknown link and a client over the guess limit', async () => {
  const closed = readDemoLinks().find((l) => l.edition === '2021-2022')!.token;
  const save = { data: body({ answers: { VO_SAMENWERKING: 'JA' }, submit: false }) };
  const [ours, nexts] = await both([closed, closed], save);
  expect(ours.status).toBe(409);
  expect(ours).toEqual(nexts);

  const unknown = (i: number) => `Vergissing${String(i).padStart(35, '0')}`;
  let lockedAt = 0;
  for (let i = 0; i < 25 && lockedAt === 0; i++) {
    const answers = await both([unknown(i), unknown(i)], save);
    expect(answers[0], `unknown link ${i}`).toEqual(answers[1]);
    if (answers[0].status === 429) lockedAt = i;
    else expect(answers[0].status).toBe(404);
  }
  // The 20th unknown link locks the client, on both (429 with Retry-After).
  expect(lockedAt).toBe(19);
  const [locked, lockedNext] = await both([unknown(99), unknown(99)], save);
  expect(locked.headers['retry-after']).toBe('about 600');
  expect(locked).toEqual(lockedNext);
});
