import { expect, test } from '@playwright/test';
import { createStaffAccount } from '../support/auth';

const COOKIE = 'next-auth.session-token';

test('after signing out, a copy of the old session cookie opens nothing', async ({ playwright, baseURL }) => {
  const account = createStaffAccount('coordinator', 'signout');
  const browser = await playwright.request.newContext({ baseURL });
  const { csrfToken } = (await (await browser.get('/api/auth/csrf')).json()) as { csrfToken: string };
  await browser.post('/api/auth/callback/credentials', {
    form: { csrfToken, email: account.email, password: account.password, json: 'true' },
  });
  const cookie = (await browser.storageState()).cookies.find((c) => c.name === COOKIE);
  expect(cookie, 'session cookie after sign-in').toBeDefined();
  expect((await browser.get('/api/v1/me')).status()).toBe(200);

  // Someone copied the cookie before the user signed out.
  const copy = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Cookie: `${COOKIE}=${cookie!.value}` } });
  expect((await copy.get('/api/v1/me')).status()).toBe(200);

  const signOut = await browser.post('/api/auth/signout', { form: { csrfToken, json: 'true' } });
  expect(signOut.ok()).toBe(true);
  expect((await browser.get('/api/v1/me')).status()).toBe(401);

  expect((await copy.get('/api/v1/me')).status()).toBe(401);
  const page = await copy.get('/admin', { maxRedirects: 0 });
  expect(page.status()).toBe(307);
  expect(page.headers().location).toContain('/login');
  await Promise.all([browser.dispose(), copy.dispose()]);
});
