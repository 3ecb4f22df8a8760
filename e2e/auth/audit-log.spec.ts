import { expect, test } from '@playwright/test';
import { demoStaff, signInAs } from '../support/auth';

test('an admin creates an account and revokes an API key, then finds both in the log, filtered by action and by person', async ({
  page,
}) => {
  const stamp = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const email = `gelogd-${stamp}@test.enquete.nl`;
  const keyName = `Gelogd ${stamp}`;

  await signInAs(page, 'admin', '/admin/users');
  const userForm = page.getByRole('form', { name: 'Nieuw account' });
  await userForm.getByLabel('E-mailadres').fill(email);
  await userForm.getByLabel('Wachtwoord').fill('een-lang-genoeg-wachtwoord');
  await userForm.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(userForm.getByRole('status')).toHaveText(`Account ${email} is aangemaakt.`);

  await page.goto('/admin/api-keys');
  const keyForm = page.getByRole('form', { name: 'Nieuwe sleutel' });
  await keyForm.getByLabel('Naam').fill(keyName);
  await keyForm.getByRole('button', { name: 'Sleutel aanmaken' }).click();
  const key = (await keyForm.getByTestId('new-api-key').textContent())!;
  const keyRow = page.getByRole('row', { name: new RegExp(keyName) });
  await keyRow.getByRole('button', { name: `Sleutel ${keyName} intrekken` }).click();
  await expect(keyRow).toContainText('Ingetrokken op');

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Logboek' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logboek' })).toBeVisible();
  const log = page.getByRole('region', { name: 'Logboek, nieuwste eerst' });
  // Newest first: the revocation, then the key's creation, then the account.
  const rows = log.getByRole('row');
  await expect(rows.nth(1)).toContainText('API-sleutel ingetrokken');
  await expect(rows.nth(1)).toContainText(keyName);
  await expect(rows.nth(2)).toContainText('API-sleutel aangemaakt');
  await expect(log.getByRole('row', { name: /Account aangemaakt/ }).filter({ hasText: email })).toHaveCount(1);
  // The key itself is never shown, only its first characters.
  await expect(page.getByText(key)).toHaveCount(0);

  const filter = page.getByRole('group', { name: 'Filteren' });
  await filter.getByLabel('Actie').selectOption({ label: 'Account aangemaakt' });
  await filter.getByRole('button', { name: 'Filter toepassen' }).click();
  await expect(page).toHaveURL(/[?&]actie=user\.created/);
  await expect(log.getByRole('row').filter({ hasText: email })).toContainText(demoStaff.admin.email);
  await expect(log.getByRole('row', { name: /API-sleutel/ })).toHaveCount(0);

  await filter.getByLabel('Actie').selectOption({ label: 'API-sleutel ingetrokken' });
  await filter.getByLabel('Persoon').selectOption(demoStaff.admin.email);
  await filter.getByRole('button', { name: 'Filter toepassen' }).click();
  await expect(page).toHaveURL(/actie=api_key\.revoked&persoon=beheerder%40demo\.enquete\.nl/);
  await expect(log.getByRole('row').filter({ hasText: keyName })).toHaveCount(1);
  await expect(log.getByRole('row', { name: /Account aangemaakt/ })).toHaveCount(0);

  // The API gives the same entries.
  const api = await page.request.get(`/api/v1/audit-log?action=user.created&actor=${encodeURIComponent(demoStaff.admin.email)}`);
  expect(api.status()).toBe(200);
  const body = (await api.json()) as { entries: { action: string; actor: string; details: Record<string, unknown> }[] };
  expect(body.entries).toContainEqual(
    expect.objectContaining({ action: 'user.created', actor: demoStaff.admin.email, details: expect.objectContaining({ email }) }),
  );

  await page.goto('/admin/audit-log?persoon=niemand%40test.enquete.nl');
  await expect(page.getByText('Geen regels gevonden met dit filter.')).toBeVisible();
  await page.goto('/admin/audit-log?actie=bestaat.niet');
  await expect(page.getByRole('alert').filter({ hasText: 'Onbekende actie' })).toContainText('Onbekende actie: bestaat.niet');
});

test('a coordinator cannot read the log, on the page or through the API', async ({ page }) => {
  await signInAs(page, 'coordinator');
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Logboek' })).toHaveCount(0);
  const response = await page.goto('/admin/audit-log');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible();
  expect((await page.request.get('/api/v1/audit-log')).status()).toBe(403);
});
