import { expect, test, type APIRequestContext } from '@playwright/test';
import { notStartedLink } from '../support/links';
import { streamUntilAnswered } from '../support/stream-upload';

// What a library's link gets when a request it never sent changes nothing.
const untouched = { status: 'not_started', version: 0, answers: {} };
const limitBytes = 256 * 1024;
const tooLarge = { error: 'Het verzoek is te groot: stuur hoogstens 256 kB.' };

function put(request: APIRequestContext, token: string, body: string) {
  return request.put(`/api/v1/responses/${token}`, { data: body, headers: { 'Content-Type': 'application/json' } });
}

async function stored(request: APIRequestContext, token: string) {
  const res = await request.get(`/api/v1/responses/${token}`);
  expect(res.status()).toBe(200);
  return (await res.json()).response;
}

test('a 1 MB PUT gets 413 with a Dutch message and stores nothing', async ({ request }) => {
  const { token } = notStartedLink(40);
  const body = JSON.stringify({ answers: { VO_SAMENWERKING: 'NEE', TOELICHTING: 'x'.repeat(1024 * 1024) }, submit: false });
  const res = await put(request, token, body);
  expect(res.status()).toBe(413);
  expect(await res.json()).toEqual(tooLarge);
  expect(await stored(request, token)).toMatchObject(untouched);
});

test('a body streamed without a declared length gets its 413 while it is still being sent', async ({ baseURL, request }) => {
  const { token } = notStartedLink(41);
  const outcome = await streamUntilAnswered(new URL(`/api/v1/responses/${token}`, baseURL), {
    contentType: 'application/json',
    prefix: '{"answers": {"TOELICHTING": "',
  });
  expect(outcome.status).toBe(413);
  expect(JSON.parse(outcome.body)).toEqual(tooLarge);
  expect(outcome.finishedSending).toBe(false);
  expect(await stored(request, token)).toMatchObject(untouched);
});

test('a sign-in post of 1 MB, declared or streamed, gets 413 before next-auth reads it', async ({ baseURL, request }) => {
  const path = '/api/auth/callback/credentials';
  const form = { email: 'beheerder@demo.enquete.nl', password: 'x'.repeat(1024 * 1024), csrfToken: 'x', json: 'true' };
  const declared = await request.post(path, { form, maxRedirects: 0 });
  expect(declared.status()).toBe(413);
  expect(await declared.json()).toEqual({ error: 'Het verzoek is te groot: stuur hoogstens 16 kB.' });

  const streamed = await streamUntilAnswered(new URL(path, baseURL), {
    method: 'POST',
    contentType: 'application/x-www-form-urlencoded',
    prefix: 'email=beheerder%40demo.enquete.nl&password=',
  });
  expect(streamed.status).toBe(413);
  expect(streamed.finishedSending).toBe(false);
});

test('a PUT built to keep validation busy gets a short 422 and stores nothing', async ({ request }) => {
  const { token } = notStartedLink(42);
  // 43,700 distinct strings in one multiple-choice answer of ten options.
  const codes = Array.from({ length: 43_700 }, (_, i) => i.toString(36));
  const manyChoices = JSON.stringify({ answers: { VO_SAMENWERKING: 'JA', TEVREDEN: codes }, submit: false });
  expect(Buffer.byteLength(manyChoices)).toBeLessThanOrEqual(limitBytes);
  const refused = await put(request, token, manyChoices);
  expect(refused.status()).toBe(422);
  const reply = await refused.text();
  expect(Buffer.byteLength(reply)).toBeLessThan(300);
  expect(JSON.parse(reply)).toEqual({
    errors: [{ question: 'TEVREDEN', message: 'Er zijn 43.700 antwoorden gekozen, maar deze vraag heeft er maar 10.' }],
  });

  // 28,600 keys that are no question at all.
  const unknown = Object.fromEntries(Array.from({ length: 28_600 }, (_, i) => [i.toString(36), 0]));
  const manyKeys = JSON.stringify({ answers: { VO_SAMENWERKING: 'NEE', ...unknown }, submit: false });
  expect(Buffer.byteLength(manyKeys)).toBeLessThanOrEqual(limitBytes);
  const unknownRefused = await put(request, token, manyKeys);
  expect(unknownRefused.status()).toBe(422);
  const unknownReply = await unknownRefused.text();
  expect(Buffer.byteLength(unknownReply)).toBeLessThan(300);
  expect(JSON.parse(unknownReply).errors).toEqual([
    { question: '0', message: 'Deze vragen bestaan niet in deze vragenlijst: 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 en nog 28.590 andere.' },
  ]);

  expect(await stored(request, token)).toMatchObject(untouched);
});

test('a text with a lone surrogate gets 422 with a Dutch message and stores nothing', async ({ request }) => {
  const { token } = notStartedLink(43);
  // The JSON escape itself, as a client would send it: JSON.stringify would write the same.
  const res = await put(request, token, '{"answers": {"VO_SAMENWERKING": "NEE", "TOELICHTING": "a\\ud800b"}, "submit": false}');
  expect(res.status()).toBe(422);
  expect(await res.json()).toEqual({
    errors: [{ question: 'TOELICHTING', message: 'Deze tekst bevat een ongeldig teken. Verwijder het teken of typ de tekst opnieuw.' }],
  });
  expect(await stored(request, token)).toMatchObject(untouched);
});

test('a form post (the page without JavaScript) streamed without a declared length gets its 413 while it is still being sent, and stores nothing', async ({
  baseURL,
  request,
}) => {
  const { token } = notStartedLink(46);
  const outcome = await streamUntilAnswered(new URL(`/r/${token}/opslaan`, baseURL), {
    method: 'POST',
    contentType: 'application/x-www-form-urlencoded',
    prefix: 'stap=samenwerking&versie=0&velden=TOELICHTING&TOELICHTING=',
  });
  expect(outcome.status).toBe(413);
  expect(JSON.parse(outcome.body)).toEqual(tooLarge);
  expect(outcome.finishedSending).toBe(false);
  expect(await stored(request, token)).toMatchObject(untouched);
});
