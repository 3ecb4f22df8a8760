import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { LoginPage, signInAs } from '../support/auth';

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('the sign-in page, with and without errors, has no WCAG 2.1 A/AA violations', async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await expectNoViolations(page);
  await login.submit.click();
  await expect(page.locator('#email-error')).toBeVisible();
  await expectNoViolations(page);
});

test('the staff pages have no WCAG 2.1 A/AA violations', async ({ page }) => {
  await signInAs(page, 'admin');
  await expectNoViolations(page);
  for (const path of [
    '/admin/users',
    '/admin/api-keys',
    '/admin/audit-log',
    '/admin/audit-log?actie=user.created',
    '/admin/audit-log?actie=onbekend',
    '/admin/editions/2022-2023/results',
    '/admin/editions/2022-2023/results?province=Utrecht',
  ]) {
    await page.goto(path);
    await expectNoViolations(page);
  }
});
