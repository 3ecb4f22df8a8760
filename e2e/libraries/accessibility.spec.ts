import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signInAs } from '../support/auth';

async function expectNoViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${where} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function expectNoSidewaysScroll(page: Page, where: string) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${where} is ${width}px wide`).toBeLessThanOrEqual(320);
}

test.use({ viewport: { width: 320, height: 700 } });

test('the register and invitation pages, with their messages, pass axe and fit 320 px', async ({ page }) => {
  await signInAs(page, 'admin', '/admin/libraries');
  for (const path of [
    '/admin/libraries',
    '/admin/libraries?status=inactive&provincie=Utrecht',
    '/admin/libraries/1',
    '/admin/libraries/new',
    '/admin/libraries/import',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoViolations(page, path);
    await expectNoSidewaysScroll(page, path);
  }

  // With field errors, and with a file's line problems.
  await page.goto('/admin/libraries/new');
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.locator('#library-name-error')).toBeVisible();
  await expectNoViolations(page, 'new with errors');
  await page.goto('/admin/libraries/import');
  await page
    .getByLabel('CSV-bestand')
    .setInputFiles({ name: 'fout.csv', mimeType: 'text/csv', buffer: Buffer.from('name,province,email\n,Utrecht,x\n') });
  await page.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Regel 2' })).toBeVisible();
  await expectNoViolations(page, 'import with problems');
  await expectNoSidewaysScroll(page, 'import with problems');

  // The invitations of the open edition, with a shown link and a replacement being confirmed.
  await page.goto('/admin/editions/2022-2023/invitations');
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name: /^Link van .* tonen$/ }) })
    .first();
  await row.getByRole('button', { name: /^Link van .* tonen$/ }).click();
  await expect(row.getByTestId('invitation-link')).toBeVisible();
  await row.getByRole('button', { name: /^Link van .* vervangen$/ }).click();
  await expect(row.getByRole('button', { name: 'Ja, link vervangen' })).toBeVisible();
  await expectNoViolations(page, 'invitations');
  await expectNoSidewaysScroll(page, 'invitations');
});
