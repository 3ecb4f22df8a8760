import { execFileSync } from 'node:child_process';
import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { demoStaffAccounts } from '../../cli/seed/demo/staff-accounts';

export type StaffRoleName = 'admin' | 'coordinator';

/** The demo accounts the e2e server's seed made (fixed demo passwords). */
export const demoStaff = demoStaffAccounts;

/** The sign-in page as a page object, with label locators. */
export class LoginPage {
  constructor(readonly page: Page) {}

  async goto(callbackUrl?: string) {
    await this.page.goto(callbackUrl ? `/login?callbackUrl=${encodeURIComponent(callbackUrl)}` : '/login');
    // The button is enabled once React has hydrated the form.
    await expect(this.submit).toBeEnabled();
  }

  get email() {
    return this.page.getByLabel('E-mailadres');
  }
  get password() {
    return this.page.getByLabel('Wachtwoord');
  }
  get submit() {
    return this.page.getByRole('button', { name: 'Inloggen' });
  }
  get error() {
    return this.page.locator('#login-error');
  }

  /** Fills and submits the form; resolves once the server has answered the attempt. */
  async signIn(email: string, password: string) {
    await this.email.fill(email);
    await this.password.fill(password);
    await Promise.all([
      this.page.waitForResponse((r) => r.url().includes('/api/auth/callback/credentials') && r.request().method() === 'POST'),
      this.submit.click(),
    ]);
  }
}

/**
 * Signs `page` in as the demo admin or coordinator through the sign-in form
 * and waits for the staff pages. Pass `callbackUrl` to land somewhere else.
 */
export async function signInAs(page: Page, role: StaffRoleName, callbackUrl = '/admin'): Promise<void> {
  const login = new LoginPage(page);
  await login.goto(callbackUrl);
  await login.signIn(demoStaff[role].email, demoStaff[role].password);
  await page.waitForURL((url) => url.pathname + url.search === callbackUrl);
}

/**
 * Signs an API request context in (no browser): next-auth's CSRF token, then
 * the credentials post. The context keeps the session cookie for later calls.
 */
export async function signInRequest(request: APIRequestContext, role: StaffRoleName, headers: Record<string, string> = {}): Promise<void> {
  const { csrfToken } = (await (await request.get('/api/auth/csrf', { headers })).json()) as { csrfToken: string };
  const response = await request.post('/api/auth/callback/credentials', {
    headers,
    form: { csrfToken, email: demoStaff[role].email, password: demoStaff[role].password, json: 'true' },
  });
  const { url } = (await response.json()) as { url: string };
  expect(url, `sign-in as ${role} failed`).not.toContain('error=');
}

/** Runs `npm run cli -- <args>` against the e2e database; returns standard output. */
export function runCli(args: string[], input = ''): string {
  return execFileSync('npx', ['tsx', 'cli/index.ts', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? 'data/e2e.db' },
  });
}

/** A staff account of its own for a test that would spoil the demo accounts (lock-out, disabling). */
export function createStaffAccount(role: StaffRoleName, label: string): { email: string; password: string } {
  const email = `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@test.enquete.nl`;
  const password = `wachtwoord-${label}-${Math.random().toString(36).slice(2, 10)}`;
  runCli(['create-user', '--email', email, '--role', role, '--name', `Test ${label}`], password);
  return { email, password };
}

/** Signs in as `email` in a browser context of its own, as a second person at another computer would. */
export async function signInInNewContext(browser: Browser, email: string, password: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(email, password);
  return { context, page, login };
}
