import { expect, test, type APIRequestContext } from '@playwright/test';
import { decode, encode } from 'next-auth/jwt';
import { getAuthSecret, authSecretFile } from '../../lib/auth/secret';
import { signInRequest } from '../support/auth';

const COOKIE = 'next-auth.session-token';

/** The server's signing secret: from the environment, else the file it generated beside the e2e database. */
const secret = () => getAuthSecret(authSecretFile(process.env.DATABASE_URL ?? 'data/e2e.db'));

async function withSession(
  playwright: { request: { newContext: (o: object) => Promise<APIRequestContext> } },
  baseURL: string,
  token: string,
) {
  return playwright.request.newContext({ baseURL, extraHTTPHeaders: { Cookie: `${COOKIE}=${token}` } });
}

test('a session older than its lifetime no longer opens staff pages or the API', async ({ playwright, baseURL }) => {
  const signedIn = await playwright.request.newContext({ baseURL });
  await signInRequest(signedIn, 'coordinator');
  const cookie = (await signedIn.storageState()).cookies.find((c) => c.name === COOKIE);
  expect(cookie, 'session cookie after sign-in').toBeDefined();
  const payload = await decode({ token: cookie!.value, secret: secret() });
  expect(payload?.uid).toEqual(expect.any(Number));
  // The cookie the server issues runs out after the documented eight hours (docs/api.md).
  expect(Number(payload!.exp) - Number(payload!.iat)).toBe(8 * 60 * 60);
  await signedIn.dispose();

  // The same session, issued now: it works (so the forged cookie is a faithful copy) ...
  const fresh = await withSession(playwright, baseURL!, await encode({ token: payload!, secret: secret(), maxAge: 60 * 60 }));
  expect((await fresh.get('/admin', { maxRedirects: 0 })).status()).toBe(200);
  expect((await fresh.get('/api/v1/me')).status()).toBe(200);
  await fresh.dispose();

  // ... and issued one lifetime and a minute ago, it has expired.
  const old = await encode({ token: payload!, secret: secret(), maxAge: -60 });
  const expired = await withSession(playwright, baseURL!, old);
  const page = await expired.get('/admin', { maxRedirects: 0 });
  expect(page.status()).toBe(307);
  expect(page.headers().location).toContain('/login?callbackUrl=%2Fadmin');
  expect((await expired.get('/api/v1/me')).status()).toBe(401);
  await expired.dispose();
});
