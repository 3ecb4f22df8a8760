import { expect, test } from '@playwright/test';
import { loopbackClient } from '../support/client-address';
import { notStartedLink } from '../support/links';

function expectSecurityHeaders(headers: Record<string, string>, where: string) {
  expect(headers['x-content-type-options'], where).toBe('nosniff');
  expect(headers['x-frame-options'], where).toBe('DENY');
  expect(headers['referrer-policy'], where).toBe('no-referrer');
  const csp = headers['content-security-policy'];
  expect(csp, where).toBeTruthy();
  expect(csp, where).toContain("frame-ancestors 'none'");
  // No remote sources anywhere in the policy.
  expect(csp, where).not.toMatch(/https?:|\*/);
}

test('pages, APIs and static files carry the security headers', async ({ page, request }) => {
  const response = await page.goto('/login');
  expectSecurityHeaders(response!.headers(), '/login');
  const csp = response!.headers()['content-security-policy'];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toContain("'unsafe-eval'");

  // Next.js put that nonce on its scripts, and the page works under the policy (the form hydrates).
  const nonce = /'nonce-([^']+)'/.exec(csp)![1];
  const scripts = page.locator('script[src]');
  expect(await scripts.count()).toBeGreaterThan(0);
  const scriptSrc = await scripts.first().getAttribute('src');
  await expect(page.getByRole('button', { name: 'Inloggen' })).toBeEnabled();
  expect(await page.evaluate(() => (document.querySelector('script[src]') as HTMLScriptElement | null)?.nonce)).toBe(nonce);

  for (const url of [
    '/',
    '/admin',
    '/api/v1/responses/Onbekend0000000000000000000000000000000000A',
    '/api/auth/csrf',
    '/bestaat-niet',
    scriptSrc!,
  ]) {
    const r = await request.get(url, { maxRedirects: 0 });
    expectSecurityHeaders(r.headers(), url);
  }
  // A second request gets another nonce.
  const again = await request.get('/login');
  expect(again.headers()['content-security-policy']).not.toContain(nonce);
});

test('token pages and token APIs are never cached', async ({ request }) => {
  const api = await request.get(`/api/v1/responses/${notStartedLink(1).token}`);
  expect(api.status()).toBe(200);
  expect(api.headers()['cache-control']).toContain('no-store');
  const page = await request.get(`/r/${notStartedLink(1).token}`);
  expect(page.headers()['cache-control']).toContain('no-store');
  expect(page.headers()['referrer-policy']).toBe('no-referrer');
});

test('unknown invitation tokens from one address get 429 for that address only; valid links are always served', async ({
  playwright,
  baseURL,
}) => {
  const guesserAddress = await loopbackClient();
  const otherAddress = await loopbackClient();
  const guesser = await playwright.request.newContext({ baseURL, proxy: guesserAddress.proxy });
  const other = await playwright.request.newContext({ baseURL, proxy: otherAddress.proxy });
  const valid = notStartedLink(2).token;
  const unknown = (i: number) => `Gok${String(i).padStart(40, '0')}`;
  let status = 0;
  let tries = 0;
  for (; tries < 25 && status !== 429; tries++) {
    status = (await guesser.get(`/api/v1/responses/${unknown(tries)}`)).status();
    if (status !== 429) expect(status).toBe(404);
  }
  expect(status).toBe(429);
  expect(tries).toBe(20);

  // The guesser's next guesses are refused, by the API and the pages alike ...
  const blocked = await guesser.get(`/api/v1/responses/${unknown(99)}`);
  expect(blocked.status()).toBe(429);
  expect(Number(blocked.headers()['retry-after'])).toBeGreaterThan(500);
  expect((await blocked.json()).error).toContain('te veel onbekende links');
  const blockedPage = await guesser.get(`/r/${unknown(100)}`);
  expect(blockedPage.status()).toBe(429);
  expect(await blockedPage.text()).toContain('te veel onbekende links');

  // ... but a valid link is served, even to the guesser's address (a library behind the same address as a scanner).
  expect((await guesser.get(`/api/v1/responses/${valid}`)).status()).toBe(200);
  expect((await guesser.get(`/r/${valid}`)).status()).toBe(200);

  // Another address is not limited at all.
  expect((await other.get(`/api/v1/responses/${unknown(101)}`)).status()).toBe(404);
  expect((await other.get(`/api/v1/responses/${valid}`)).status()).toBe(200);
  expect((await other.get(`/r/${valid}`)).status()).toBe(200);

  await Promise.all([guesser.dispose(), other.dispose()]);
  await Promise.all([guesserAddress.close(), otherAddress.close()]);
});
