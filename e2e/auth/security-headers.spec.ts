import { expect, test } from '@playwright/test';
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

  for (const url of ['/', '/admin', '/api/v1/responses/Onbekend0000000000000000000000000000000000A', '/api/auth/csrf', '/bestaat-niet', scriptSrc!]) {
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

test('repeated unknown invitation tokens from one client get 429, also for valid tokens and pages, other clients unaffected', async ({ request }) => {
  // A client address of its own; the e2e server runs with TRUST_PROXY=1.
  const guesser = { 'X-Forwarded-For': `203.0.113.${Math.floor(Math.random() * 250) + 1}` };
  const valid = notStartedLink(2).token;
  let status = 0;
  let tries = 0;
  for (; tries < 25 && status !== 429; tries++) {
    const token = `Gok${String(tries).padStart(40, '0')}`;
    status = (await request.get(`/api/v1/responses/${token}`, { headers: guesser })).status();
    if (status !== 429) expect(status).toBe(404);
  }
  expect(status).toBe(429);
  expect(tries).toBe(20);

  const blocked = await request.get(`/api/v1/responses/${valid}`, { headers: guesser });
  expect(blocked.status()).toBe(429);
  expect(Number(blocked.headers()['retry-after'])).toBeGreaterThan(500);
  expect((await blocked.json()).error).toContain('te veel onbekende links');
  const blockedPage = await request.get(`/r/${valid}`, { headers: guesser });
  expect(blockedPage.status()).toBe(429);
  expect(await blockedPage.text()).toContain('te veel onbekende links');

  const someoneElse = await request.get(`/api/v1/responses/${valid}`, { headers: { 'X-Forwarded-For': '192.0.2.77' } });
  expect(someoneElse.status()).toBe(200);
});
