import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signInAs } from '../support/auth';
import { readDemoLinks, type DemoLink } from '../support/links';
import { setSubmitted } from '../support/submissions';
import { ResultsPage } from './results-page';

const EDITION = '2022-2023';
const resultsApi = (query: string) => `/api/v1/editions/${EDITION}/results${query}`;

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test("a coordinator cannot narrow the results to one library's answers", async ({ page }) => {
  const library = readDemoLinks().find((l) => l.edition === EDITION && l.status === 'submitted')!;
  await signInAs(page, 'coordinator');
  const results = new ResultsPage(page);

  await results.goto(EDITION, `?name=${encodeURIComponent(library.library)}`);
  await expect(page.getByText('Onbekend filter: name. Mogelijke filters: province, sizeClass.')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page.getByText(/, N: \d/)).toHaveCount(0);
  await expect(page.getByText(/^Verstuurd: \d+$/)).toHaveCount(0);
  await expectNoViolations(page);

  for (const query of [`?name=${encodeURIComponent(library.library)}`, `?email=${encodeURIComponent('info@bibliotheek-groningen.nl')}`]) {
    const answer = await page.request.get(resultsApi(query));
    expect(answer.status(), query).toBe(400);
    const body = await answer.json();
    expect(body.error).toContain('Mogelijke filters: province');
    expect(body.questions).toBeUndefined();
  }
});

test('a province with 4 submitted responses shows "te weinig antwoorden om te tonen", and its figures from 5', async ({ page }) => {
  // Every demo province has well over 5 submissions, so the test makes a small
  // one: the province with the fewest, brought back to 4 by marking the other
  // libraries' responses as not yet submitted, and restored afterwards.
  const submitted = readDemoLinks().filter((l) => l.edition === EDITION && l.status === 'submitted');
  const perProvince = new Map<string, DemoLink[]>();
  for (const link of submitted) perProvince.set(link.province, [...(perProvince.get(link.province) ?? []), link]);
  const [province, links] = [...perProvince].sort(([a, x], [b, y]) => x.length - y.length || a.localeCompare(b))[0];
  const query = `?province=${encodeURIComponent(province)}`;

  await signInAs(page, 'coordinator');
  const before = (await (await page.request.get(resultsApi(query))).json()) as { submitted: number };
  const heldBack = links.slice(0, before.submitted - 4).map((l) => l.library);
  expect(heldBack.length).toBeGreaterThan(0);
  try {
    expect(setSubmitted(EDITION, heldBack, false)).toBe(heldBack.length);

    const results = new ResultsPage(page);
    await results.goto(EDITION, query);
    await expect(page.getByText(`Gefilterd op: ${province}`)).toBeVisible();
    await expect(page.getByText('Verstuurd: 4', { exact: true })).toBeVisible();
    await expect(page.getByText(/^Te weinig antwoorden om te tonen/)).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Grafiek downloaden (SVG)' })).toHaveCount(0);
    await expect(page.getByText(/, N: \d/)).toHaveCount(0);
    await expectNoViolations(page);

    const api = await page.request.get(resultsApi(query));
    expect(api.status()).toBe(200);
    expect(await api.json()).toMatchObject({ submitted: 4, suppressed: true, minimumGroupSize: 5, questions: [] });
    const chart = await page.request.get(`/admin/editions/${EDITION}/results/KNELPUNTEN/chart.svg${query}`);
    expect(chart.status()).toBe(404);
    expect(await chart.text()).not.toContain('<svg');

    // The fifth submission brings the figures.
    expect(setSubmitted(EDITION, heldBack.slice(-1), true)).toBe(1);
    await results.goto(EDITION, query);
    await expect(page.getByText('Verstuurd: 5', { exact: true })).toBeVisible();
    await expect(page.getByText(/^Te weinig antwoorden om te tonen/)).toHaveCount(0);
    await expect(page.getByRole('table').first()).toBeVisible();
    await expect(page.getByText(/, N: 5$/).first()).toBeVisible();
  } finally {
    setSubmitted(EDITION, heldBack, true);
  }
});
