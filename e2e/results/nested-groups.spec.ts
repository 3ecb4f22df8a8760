import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { signInAs } from '../support/auth';
import { setSizeClasses, submittedLibraries } from '../support/submissions';
import { ResultsPage } from './results-page';

const EDITION = '2022-2023';
const resultsApi = (query: string) => `/api/v1/editions/${EDITION}/results${query}`;
const NOTICE =
  /^Niet getoond, hoewel in deze groep \d+ vragenlijsten zijn verstuurd: provincies en grootteklassen vallen hier op minder dan 5 bibliotheken na samen/;

test('a province and a size class that nearly coincide do not both show their figures', async ({ page }) => {
  // The demo spreads every province over the classes. The test makes the large
  // libraries all Utrecht's and Utrecht large but for 3: Utrecht's figures minus
  // the large libraries' would be those 3. Restored afterwards.
  const libraries = submittedLibraries(EDITION);
  const utrecht = libraries.filter((l) => l.province === 'Utrecht');
  const keptSmall = utrecht.filter((l) => l.sizeClass !== 'large').slice(0, 3);
  const changes = [
    ...libraries.filter((l) => l.province !== 'Utrecht' && l.sizeClass === 'large').map((l) => ({ name: l.name, sizeClass: 'medium' })),
    ...utrecht.filter((l) => !keptSmall.includes(l)).map((l) => ({ name: l.name, sizeClass: 'large' })),
    ...keptSmall.map((l) => ({ name: l.name, sizeClass: 'small' })),
  ];
  expect(utrecht.length - keptSmall.length).toBeGreaterThanOrEqual(5);

  await signInAs(page, 'coordinator');
  const results = new ResultsPage(page);
  try {
    expect(setSizeClasses(changes)).toBe(changes.length);
    const documents = await Promise.all(
      ['?province=Utrecht', '?sizeClass=large'].map(async (query) => ({
        query,
        body: await (await page.request.get(resultsApi(query))).json(),
      })),
    );
    expect(documents.map((d) => d.body.submitted)).toEqual([utrecht.length, utrecht.length - 3]);
    const hidden = documents.filter((d) => d.body.suppressed);
    expect(hidden.length).toBeGreaterThan(0);
    for (const { query, body } of hidden) {
      expect(body).toMatchObject({ suppressionReason: 'protectsDifference', questions: [] });
      await results.goto(EDITION, query);
      await expect(page.getByRole('status').filter({ hasText: NOTICE })).toBeVisible();
      await expect(page.getByRole('table')).toHaveCount(0);
      await expect(page.getByText(/, N: \d/)).toHaveCount(0);
      const chart = await page.request.get(`/admin/editions/${EDITION}/results/KNELPUNTEN/chart.svg${query}`);
      expect(chart.status()).toBe(404);
      const analysis = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(analysis.violations).toEqual([]);
    }

    // The whole edition, the publication's view, still shows.
    await results.goto(EDITION);
    await expect(page.getByText(NOTICE)).toHaveCount(0);
    await expect(page.getByRole('table').first()).toBeVisible();
  } finally {
    setSizeClasses(libraries.filter((l) => changes.some((c) => c.name === l.name)).map(({ name, sizeClass }) => ({ name, sizeClass })));
  }
});
