import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { signInAs } from '../support/auth';
import { expect, test } from '../support/editions';
import { sendAnswers } from '../support/free-texts';
import { inviteNewLibraries } from '../support/libraries';
import { ResultsPage } from './results-page';

const KNELPUNTEN = 'Wat zijn de drie meest voorkomende knelpunten bij de samenwerking met het voortgezet onderwijs?';
const TOELICHTING = 'Wil je nog iets toelichten of meegeven?';

const base = {
  VO_SAMENWERKING: 'JA',
  TEVREDEN: ['SAMENWERKING_SCHOLEN'],
  KNELPUNTEN: ['FINANCIERING', 'ANDERS'],
  FINANCIERING_MINDER_SCHOLEN: 'NEE',
  UREN_PER_WEEK: 8,
};

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('an admin reads the free texts per question with the library that wrote them; a coordinator does not see them', async ({
  page,
  browser,
  request,
  openConcept,
}) => {
  const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  const drenthe = ['Aa', 'Bb', 'Cc', 'Dd', 'Ee'].map((n) => ({ name: `Bibliotheek Vrij ${n} ${stamp}`, province: 'Drenthe' }));
  const zeeland = ['Ff', 'Gg', 'Hh', 'Ii', 'Jj'].map((n) => ({ name: `Bibliotheek Vrij ${n} ${stamp}`, province: 'Zeeland' }));
  const concept = { name: `Bibliotheek Vrij Concept ${stamp}`, province: 'Drenthe' };
  const small = { name: `Bibliotheek Vrij Klein ${stamp}`, province: 'Groningen' };
  const libraries = inviteNewLibraries(openConcept, [...drenthe, ...zeeland, concept, small]);
  const byName = (name: string) => libraries.find((l) => l.name === name)!;

  // Every Drenthe library and two in Zeeland name another bottleneck: 7 texts. One Drenthe library explains something.
  for (const [i, library] of drenthe.entries()) {
    const toelichting = i === 0 ? { TOELICHTING: `Toelichting uit Drenthe ${stamp}` } : {};
    await sendAnswers(request, byName(library.name).token, { ...base, KNELPUNTEN__other: `Drenthe ${i + 1} ${stamp}`, ...toelichting });
  }
  for (const [i, library] of zeeland.entries()) {
    const other = i < 2 ? { KNELPUNTEN__other: `Zeeland ${i + 1} ${stamp}` } : { KNELPUNTEN: ['FINANCIERING'] };
    await sendAnswers(request, byName(library.name).token, { ...base, ...other });
  }
  // Not sent: never shown.
  await sendAnswers(request, byName(concept.name).token, { ...base, KNELPUNTEN__other: `Nog niet verstuurd ${stamp}` }, false);

  await signInAs(page, 'admin');
  const results = new ResultsPage(page);
  await results.goto(openConcept);
  const knelpunten = results.question(KNELPUNTEN);
  const texts = knelpunten.getByRole('region', { name: 'Vrije teksten bij “Anders, namelijk ...” (7)' });
  await expect(texts).toBeVisible();
  await expect(texts).toContainText('Alleen beheerders zien deze teksten');
  // The first five by library name, each with its library.
  await expect(texts.getByRole('term')).toHaveText(drenthe.map((l) => l.name));
  await expect(texts.getByRole('definition')).toHaveText(drenthe.map((_, i) => `Drenthe ${i + 1} ${stamp}`));
  await expect(page.getByText(`Nog niet verstuurd ${stamp}`)).toHaveCount(0);
  const toelichting = results.question(TOELICHTING).getByRole('region', { name: 'Vrije teksten (1)' });
  await expect(toelichting.getByRole('term')).toHaveText([drenthe[0].name]);
  await expect(toelichting.getByRole('definition')).toHaveText([`Toelichting uit Drenthe ${stamp}`]);
  await expectNoViolations(page);

  // All of them on a page of their own.
  await texts.getByRole('link', { name: 'Alle 7 teksten bekijken' }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/editions/${openConcept}/results/KNELPUNTEN/teksten$`));
  await expect(page.getByRole('heading', { level: 1, name: `Vrije teksten ${openConcept}` })).toBeVisible();
  await expect(page.getByText(KNELPUNTEN)).toBeVisible();
  const list = page.getByRole('region', { name: 'Vrije teksten bij “Anders, namelijk ...” (7)' });
  await expect(list.getByRole('term')).toHaveText([...drenthe, ...zeeland.slice(0, 2)].map((l) => l.name));
  await expect(page.getByText(`Nog niet verstuurd ${stamp}`)).toHaveCount(0);
  await expectNoViolations(page);
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1280, height: 720 });

  // Within the results filter: Zeeland's texts only, on the results page and their own page.
  await results.goto(openConcept, '?province=Zeeland');
  const zeelandTexts = results.question(KNELPUNTEN).getByRole('region', { name: 'Vrije teksten bij “Anders, namelijk ...” (2)' });
  await expect(zeelandTexts.getByRole('definition')).toHaveText([`Zeeland 1 ${stamp}`, `Zeeland 2 ${stamp}`]);
  await expect(page.getByText(`Drenthe 1 ${stamp}`)).toHaveCount(0);
  await expect(zeelandTexts.getByRole('link')).toHaveCount(0);
  await page.goto(`/admin/editions/${openConcept}/results/KNELPUNTEN/teksten?province=Zeeland`);
  await expect(page.getByText('Gefilterd op: Zeeland')).toBeVisible();
  await expect(page.getByRole('term')).toHaveText(zeeland.slice(0, 2).map((l) => l.name));

  // The same through the API, a page at a time.
  const api = await page.request.get(`/api/v1/editions/${openConcept}/free-texts?question=KNELPUNTEN&province=Zeeland&limit=1&offset=1`);
  expect(api.status()).toBe(200);
  expect(await api.json()).toMatchObject({
    question: { code: 'KNELPUNTEN' },
    option: { code: 'ANDERS', label: 'Anders, namelijk ...' },
    filters: { province: ['Zeeland'] },
    suppressed: false,
    total: 2,
    texts: [{ library: zeeland[1].name, text: `Zeeland 2 ${stamp}` }],
  });
  expect((await page.request.get(`/api/v1/editions/${openConcept}/free-texts?question=UREN_PER_WEEK`)).status()).toBe(404);

  // A coordinator reads the figures, not the texts.
  const coordinator = await browser.newPage();
  await signInAs(coordinator, 'coordinator');
  const theirs = new ResultsPage(coordinator);
  await theirs.goto(openConcept);
  await expect(theirs.question(KNELPUNTEN)).toBeVisible();
  await expect(coordinator.getByRole('region', { name: /^Vrije teksten/ })).toHaveCount(0);
  await expect(coordinator.getByText(`Drenthe 1 ${stamp}`)).toHaveCount(0);
  const refused = await coordinator.goto(`/admin/editions/${openConcept}/results/KNELPUNTEN/teksten`);
  expect(refused?.status()).toBe(403);
  await coordinator.close();

  // A group the results withhold shows no texts either: one library in Groningen,
  // and Drenthe hidden with it (else the whole minus the rest would be Groningen).
  await sendAnswers(request, byName(small.name).token, { ...base, KNELPUNTEN__other: `Groningen ${stamp}` });
  for (const province of ['Groningen', 'Drenthe']) {
    await page.goto(`/admin/editions/${openConcept}/results/KNELPUNTEN/teksten?province=${province}`);
    await expect(page.getByText(/^(Te weinig antwoorden om te tonen|Niet getoond, hoewel)/)).toBeVisible();
    await expect(page.getByRole('term')).toHaveCount(0);
    await expect(page.getByText(`Groningen ${stamp}`)).toHaveCount(0);
    const withheld = await (
      await page.request.get(`/api/v1/editions/${openConcept}/free-texts?question=KNELPUNTEN&province=${province}`)
    ).json();
    expect(withheld).toMatchObject({ suppressed: true, texts: [] });
    expect(withheld.total).toBeUndefined();
  }
  await expectNoViolations(page);
});
