import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signInAs } from '../support/auth';
import { ResultsPage } from './results-page';

const EDITION = '2022-2023';
type Definition = { pages: { questions: { code: string; text: string }[] }[] };
const definition: Definition = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../cli/seed/questionnaires/2022-2023.json'), 'utf8'));
const cooperationQuestion = definition.pages.flatMap((p) => p.questions).find((q) => q.code === 'VO_SAMENWERKING')!.text;
const COMBINED = 'Filter op één kenmerk tegelijk, niet op province en sizeClass samen';

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('a coordinator narrows the results to the small libraries', async ({ page }) => {
  await signInAs(page, 'coordinator');
  const results = new ResultsPage(page);
  await results.goto(EDITION);
  const all = await results.submitted();

  await page.getByLabel('Grootteklasse').selectOption({ label: 'klein' });
  await page.getByRole('button', { name: 'Toepassen' }).click();
  await expect(page).toHaveURL(/[?&]sizeClass=small(&|$)/);
  await expect(page.locator('header').getByText('Gefilterd op: grootteklasse klein')).toBeVisible();
  await expect(page.getByLabel('Grootteklasse')).toHaveValue('small');

  const small = await results.submitted();
  expect(small).toBeGreaterThanOrEqual(5);
  expect(small).toBeLessThan(all);
  await expect(page.getByText(/^Te weinig antwoorden om te tonen/)).toHaveCount(0);
  expect(await results.baseN(results.question(cooperationQuestion))).toBe(small);
  await expect(page.getByRole('table').first()).toBeVisible();
  await expectNoViolations(page);

  // The chart and the API take the same filter.
  const chart = page.getByRole('link', { name: 'Grafiek downloaden (SVG)' }).first();
  expect(await chart.getAttribute('href')).toContain('sizeClass=small');
  const svg = await page.request.get((await chart.getAttribute('href'))!);
  expect(svg.status()).toBe(200);
  expect(await svg.text()).toContain('<svg');
  const api = await page.request.get(`/api/v1/editions/${EDITION}/results?sizeClass=klein`);
  expect(await api.json()).toMatchObject({ filters: { sizeClass: ['small'] }, submitted: small, suppressed: false });
});

test('a province and a size class together are refused, on the page, in the API and for a chart', async ({ page }) => {
  await signInAs(page, 'coordinator');
  const results = new ResultsPage(page);
  await results.goto(EDITION);
  await expect(page.getByText('Filter op een provincie of op een grootteklasse, niet op beide tegelijk.')).toBeVisible();

  await page.getByLabel('Provincie').selectOption('Utrecht');
  await page.getByLabel('Grootteklasse').selectOption({ label: 'groot' });
  await page.getByRole('button', { name: 'Toepassen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: COMBINED })).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page.getByText(/, N: \d/)).toHaveCount(0);
  await expect(page.getByText(/^Verstuurd: \d+$/)).toHaveCount(0);
  await expectNoViolations(page);

  const query = '?province=Utrecht&sizeClass=large';
  const api = await page.request.get(`/api/v1/editions/${EDITION}/results${query}`);
  expect(api.status()).toBe(400);
  const body = await api.json();
  expect(body.error).toContain(COMBINED);
  expect(body.questions).toBeUndefined();
  const chart = await page.request.get(`/admin/editions/${EDITION}/results/KNELPUNTEN/chart.svg${query}`);
  expect(chart.status()).toBe(400);
  expect(await chart.text()).toContain(COMBINED);
});
