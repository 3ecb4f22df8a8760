import { expect, test } from '@playwright/test';
import { createStaffAccount, demoStaff, LoginPage, signInAs } from '../support/auth';
import { loopbackClient } from '../support/client-address';

test.describe('staff sign-in', () => {
  test('an admin signs in, sees name, role and the full menu, and signs out', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
    await login.signIn(demoStaff.admin.email, demoStaff.admin.password);
    await page.waitForURL('**/admin');
    await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible();
    await expect(page.getByText(`Ingelogd als ${demoStaff.admin.name}`)).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await expect(nav.getByRole('link')).toHaveText([
      'Overzicht',
      'Edities',
      'Resultaten',
      'Bibliotheken',
      'Gebruikers',
      'API-sleutels',
      'Logboek',
    ]);
    // The landing page lists the editions with links to their results.
    await expect(page.getByRole('link', { name: 'Resultaten 2022-2023' })).toHaveAttribute('href', '/admin/editions/2022-2023/results');
    await expect(page.getByRole('link', { name: 'Resultaten 2021-2022' })).toHaveAttribute('href', '/admin/editions/2021-2022/results');

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL('**/login?uitgelogd=1');
    await expect(page.getByRole('status')).toHaveText('Je bent uitgelogd.');
    // The session is really gone: staff pages send us back to the sign-in page.
    await page.goto('/admin/users');
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fusers$/);
  });

  test('after signing in, the visitor returns to the page asked for', async ({ page }) => {
    await page.goto('/admin/api-keys');
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fapi-keys$/);
    const login = new LoginPage(page);
    await expect(login.submit).toBeEnabled();
    await login.signIn(demoStaff.admin.email, demoStaff.admin.password);
    await page.waitForURL('**/admin/api-keys');
    await expect(page.getByRole('heading', { level: 1, name: 'API-sleutels' })).toBeVisible();
  });

  test('a callbackUrl leading off the site lands on /admin of this site, before and after signing in', async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    // Should the browser be sent there, it must not reach the phishing host.
    await page.route(
      (url) => url.hostname.endsWith('evil.example'),
      (route) => route.abort(),
    );
    // A tab, which browsers drop from URLs: "/<tab>/evil.example" becomes "//evil.example".
    await page.goto('/login?callbackUrl=/%09/evil.example/phish');
    const login = new LoginPage(page);
    await expect(login.submit).toBeEnabled();
    await login.signIn(demoStaff.admin.email, demoStaff.admin.password);
    await page.waitForURL((url) => url.origin === origin && url.pathname === '/admin');
    await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible();

    // Signed in, the sign-in page sends us on from the server: never off the site, never a 500.
    for (const callbackUrl of [
      '/%09/evil.example/phish',
      '/%0a/evil.example',
      '/admin%0d%0aSet-Cookie:%20x=1',
      '//evil.example',
      '/%5Cevil.example',
    ]) {
      const response = await page.request.get(`/login?callbackUrl=${callbackUrl}`, { maxRedirects: 0 });
      expect(response.status(), callbackUrl).toBe(307);
      expect(new URL(response.headers().location, origin).href, callbackUrl).toBe(`${origin}/admin`);
    }

    // next-auth's own answer to a sign-in names only our origin, also for a look-alike "<our origin>@evil.example".
    const { csrfToken } = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
    const signedIn = await page.request.post('/api/auth/callback/credentials', {
      form: {
        csrfToken,
        email: demoStaff.admin.email,
        password: demoStaff.admin.password,
        json: 'true',
        callbackUrl: `${origin}@evil.example/phish`,
      },
    });
    expect(((await signedIn.json()) as { url: string }).url).toBe(`${origin}/admin`);
  });

  test('empty and malformed fields get their own messages', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.submit.click();
    await expect(login.email).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#email-error')).toHaveText('Vul je e-mailadres in.');
    await expect(page.locator('#password-error')).toHaveText('Vul je wachtwoord in.');
    await expect(login.password).toHaveAttribute('aria-describedby', 'password-error');
    await login.email.fill('geen-adres');
    await login.submit.click();
    await expect(page.locator('#email-error')).toHaveText('Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.');
  });

  test('a wrong password is refused with a Dutch message and no session', async ({ page }) => {
    const account = createStaffAccount('coordinator', 'wrong-password');
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(account.email, `${account.password}x`);
    await expect(login.error).toContainText('Dit e-mailadres en wachtwoord horen niet bij elkaar.');
    await expect(page).toHaveURL(/\/login/);
    await page.goto('/admin');
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin$/);
  });

  test('five wrong passwords lock the admin out only at the address they came from; the admin signs in from another', async ({
    browser,
    baseURL,
  }) => {
    // The demo admin on purpose: the other specs keep signing in as the admin from 127.0.0.1.
    const guesserAddress = await loopbackClient();
    const ownerAddress = await loopbackClient();
    const guesserContext = await browser.newContext({ baseURL, locale: 'nl-NL', proxy: guesserAddress.proxy });
    const ownerContext = await browser.newContext({ baseURL, locale: 'nl-NL', proxy: ownerAddress.proxy });

    const guesser = new LoginPage(await guesserContext.newPage());
    await guesser.goto();
    for (let i = 1; i <= 4; i++) {
      await guesser.signIn(demoStaff.admin.email, `fout-wachtwoord-${i}`);
      await expect(guesser.error).toContainText('horen niet bij elkaar');
    }
    await guesser.signIn(demoStaff.admin.email, 'fout-wachtwoord-5');
    await expect(guesser.error).toContainText('Te veel mislukte pogingen voor dit account');
    await expect(guesser.error).toContainText('over 15 minuten opnieuw proberen, ook met het juiste wachtwoord');
    // At the guesser's address even the right password is refused during the lock.
    await guesser.signIn(demoStaff.admin.email, demoStaff.admin.password);
    await expect(guesser.error).toContainText('Te veel mislukte pogingen voor dit account');
    await guesser.page.goto('/admin');
    await expect(guesser.page).toHaveURL(/\/login\?callbackUrl=%2Fadmin$/);

    // The admin, from another address, is not locked out.
    const owner = new LoginPage(await ownerContext.newPage());
    await owner.goto();
    await owner.signIn(demoStaff.admin.email, demoStaff.admin.password);
    await owner.page.waitForURL('**/admin');
    await expect(owner.page.getByText(`Ingelogd als ${demoStaff.admin.name}`)).toBeVisible();

    await Promise.all([guesserContext.close(), ownerContext.close()]);
    await Promise.all([guesserAddress.close(), ownerAddress.close()]);
  });

  test('a coordinator cannot reach user management or API keys', async ({ page }) => {
    await signInAs(page, 'coordinator');
    await expect(page.getByText(`Ingelogd als ${demoStaff.coordinator.name}`)).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await expect(nav.getByRole('link')).toHaveText(['Overzicht', 'Edities', 'Resultaten', 'Bibliotheken']);
    for (const path of ['/admin/users', '/admin/api-keys']) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible();
      await expect(page.getByRole('table')).toHaveCount(0);
    }
  });
});
