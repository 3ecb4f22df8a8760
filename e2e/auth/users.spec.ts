import { expect, test } from '@playwright/test';
import { createStaffAccount, signInAs, signInInNewContext } from '../support/auth';

test('an admin creates an account, changes its role and disables it; the account is shut out at once', async ({ page, browser }) => {
  await signInAs(page, 'admin', '/admin/users');
  await expect(page.getByRole('heading', { level: 1, name: 'Gebruikers' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Nieuw account' });

  // Per-field errors from the server's zod schema.
  await form.getByLabel('E-mailadres').fill('geen-adres');
  await form.getByLabel('Wachtwoord').fill('te-kort');
  await form.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(form.locator('#new-email-error')).toHaveText('Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.');
  await expect(form.locator('#new-password-error')).toHaveText('Het wachtwoord moet minstens 12 tekens lang zijn.');
  await expect(form.getByLabel('Wachtwoord')).toHaveAttribute('aria-invalid', 'true');

  const email = `nieuw-${Date.now()}@test.enquete.nl`;
  const password = 'een-lang-genoeg-wachtwoord';
  await form.getByLabel('E-mailadres').fill(email);
  await form.getByLabel('Naam').fill('Nieuwe Collega');
  await form.getByLabel('Rol').selectOption('coordinator');
  await form.getByLabel('Wachtwoord').fill(password);
  await form.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(form.getByRole('status')).toHaveText(`Account ${email} is aangemaakt.`);
  const row = page.getByRole('row', { name: new RegExp(email) });
  await expect(row).toContainText('Nieuwe Collega');

  // The same address twice is refused on the field.
  await form.getByLabel('E-mailadres').fill(email);
  await form.getByLabel('Wachtwoord').fill(password);
  await form.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(form.locator('#new-email-error')).toHaveText('Er is al een account met dit e-mailadres.');

  // The new coordinator signs in elsewhere.
  const other = await signInInNewContext(browser, email, password);
  await other.page.waitForURL('**/admin');
  await expect(other.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link')).toHaveText([
    'Overzicht',
    'Edities',
    'Resultaten',
    'Bibliotheken',
  ]);

  // Promoted to admin: their next request shows the admin menu, without signing in again.
  await row.getByLabel(`Rol van ${email}`).selectOption('admin');
  await row.getByRole('button', { name: `Rol wijzigen: ${email}` }).click();
  await expect(row.getByRole('status')).toHaveText(`De rol van ${email} is nu Beheerder.`);
  await other.page.reload();
  await expect(other.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gebruikers' })).toBeVisible();

  // Disabled: the open session stops working and signing in is refused.
  await row.getByRole('button', { name: `Uitschakelen: ${email}` }).click();
  await expect(row.getByRole('status').filter({ hasText: 'uitgeschakeld' })).toHaveText(
    `${email} is uitgeschakeld en kan niet meer inloggen.`,
  );
  await expect(row).toContainText('Uitgeschakeld');
  await other.page.goto('/admin');
  await expect(other.page).toHaveURL(/\/login\?callbackUrl=%2Fadmin$/);
  await other.context.close();
  const again = await signInInNewContext(browser, email, password);
  await expect(again.login.error).toContainText('Dit account is uitgeschakeld.');
  await again.context.close();

  // Enabled again: they can sign in.
  await row.getByRole('button', { name: `Inschakelen: ${email}` }).click();
  await expect(row.getByRole('status').filter({ hasText: 'weer inloggen' })).toHaveText(`${email} kan weer inloggen.`);
  const back = await signInInNewContext(browser, email, password);
  await back.page.waitForURL('**/admin');
  await back.context.close();
});

test('re-enabling an account does not bring back the sessions it had before it was disabled', async ({ page, browser }) => {
  const account = createStaffAccount('coordinator', 'reenable');
  const other = await signInInNewContext(browser, account.email, account.password);
  await other.page.waitForURL('**/admin');

  await signInAs(page, 'admin', '/admin/users');
  const row = page.getByRole('row', { name: new RegExp(account.email) });
  await row.getByRole('button', { name: `Uitschakelen: ${account.email}` }).click();
  await expect(row.getByRole('status').filter({ hasText: 'uitgeschakeld' })).toBeVisible();
  await row.getByRole('button', { name: `Inschakelen: ${account.email}` }).click();
  await expect(row.getByRole('status').filter({ hasText: 'weer inloggen' })).toBeVisible();

  // The browser that was signed in before the account was disabled has to sign in again.
  await other.page.goto('/admin');
  await expect(other.page).toHaveURL(/\/login\?callbackUrl=%2Fadmin$/);
  expect((await other.page.request.get('/api/v1/me')).status()).toBe(401);
  await other.login.signIn(account.email, account.password);
  await other.page.waitForURL('**/admin');
  await other.context.close();
});

test('an admin cannot disable or demote their own account', async ({ page }) => {
  await signInAs(page, 'admin', '/admin/users');
  const me = page.getByRole('row', { name: /beheerder@demo\.enquete\.nl/ });
  await expect(me).toContainText('(jij)');
  await expect(me.getByRole('button')).toHaveCount(0);
});
