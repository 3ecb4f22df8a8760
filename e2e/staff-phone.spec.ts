import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { signInAs } from './support/auth';

test.use({ viewport: { width: 375, height: 800 } });

test('the staff pages fit a phone screen: wide tables and charts scroll inside their box, the page does not', async ({ page }) => {
  await signInAs(page, 'admin');
  for (const path of ['/admin', '/admin/users', '/admin/api-keys', '/admin/audit-log', '/admin/editions/2022-2023/results']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${path} is ${width}px wide`).toBeLessThanOrEqual(375);
    // What scrolls sideways must be reachable by keyboard (axe: scrollable-region-focusable).
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});
