import { expect, test } from '@playwright/test';
import { runCli, signInAs } from '../support/auth';

test('an admin makes an API key, sees it once, the key works as Bearer, records its use, and stops working when revoked', async ({
  page,
  playwright,
  baseURL,
}) => {
  await signInAs(page, 'admin', '/admin/api-keys');
  const name = `Dashboard ${Date.now()}`;
  const form = page.getByRole('form', { name: 'Nieuwe sleutel' });
  await form.getByRole('button', { name: 'Sleutel aanmaken' }).click();
  await expect(form.locator('#key-name-error')).toHaveText('Geef de sleutel een naam.');

  await form.getByLabel('Naam').fill(name);
  await form.getByRole('button', { name: 'Sleutel aanmaken' }).click();
  const shown = form.getByTestId('new-api-key');
  await expect(shown).toHaveText(/^enq_[A-Za-z0-9_-]{43}$/);
  const key = (await shown.textContent())!;
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText(key.slice(0, 10));
  await expect(row).toContainText('Nooit');

  // Shown once: a reload no longer has it anywhere on the page.
  await page.reload();
  await expect(page.getByText(key)).toHaveCount(0);

  const api = await playwright.request.newContext({ baseURL });
  const me = await api.get('/api/v1/me', { headers: { Authorization: `Bearer ${key}` } });
  expect(me.status()).toBe(200);
  expect(await me.json()).toEqual({ kind: 'apiKey', name, role: 'admin' });
  await page.reload();
  await expect(row).not.toContainText('Nooit');

  await row.getByRole('button', { name: `Sleutel ${name} intrekken` }).click();
  await expect(row).toContainText('Ingetrokken op');
  const revoked = await api.get('/api/v1/me', { headers: { Authorization: `Bearer ${key}` } });
  expect(revoked.status()).toBe(401);
  expect(revoked.headers()['www-authenticate']).toContain('invalid_token');
  await api.dispose();
});

test('the CLI prints a working key alone on its last line', async ({ playwright, baseURL }) => {
  const output = runCli(['create-api-key', '--name', 'CLI-test']);
  const key = output.trim().split('\n').at(-1)!;
  expect(key).toMatch(/^enq_[A-Za-z0-9_-]{43}$/);
  const api = await playwright.request.newContext({ baseURL });
  const me = await api.get('/api/v1/me', { headers: { Authorization: `Bearer ${key}` } });
  expect(await me.json()).toMatchObject({ kind: 'apiKey', name: 'CLI-test' });
  expect((await api.get('/api/v1/me', { headers: { Authorization: 'Bearer enq_' + 'x'.repeat(43) } })).status()).toBe(401);
  await api.dispose();
});
