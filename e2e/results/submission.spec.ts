import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { signInAs } from '../support/auth';
import { notStartedLink } from '../support/links';
import { QuestionnairePage } from '../support/questionnaire-page';
import { ResultsPage } from './results-page';

type Definition = { pages: { questions: { code: string; text: string; options?: { code: string; label: string }[] }[] }[] };
const definition: Definition = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../db/questionnaires/2022-2023.json'), 'utf8'));
const questionByCode = (code: string) => definition.pages.flatMap((p) => p.questions).find((q) => q.code === code)!;
const labelOf = (question: string, option: string) => questionByCode(question).options!.find((o) => o.code === option)!.label;

const answers = {
  VO_SAMENWERKING: 'JA',
  TEVREDEN: ['SAMENWERKING_SCHOLEN', 'LEESBEVORDERING'],
  KNELPUNTEN: ['FINANCIERING', 'LESROOSTER'],
  FINANCIERING_MINDER_SCHOLEN: 'NEE',
};
const chosen: [string, string][] = [
  ['VO_SAMENWERKING', 'JA'],
  ['TEVREDEN', 'SAMENWERKING_SCHOLEN'],
  ['TEVREDEN', 'LEESBEVORDERING'],
  ['KNELPUNTEN', 'FINANCIERING'],
  ['KNELPUNTEN', 'LESROOSTER'],
  ['FINANCIERING_MINDER_SCHOLEN', 'NEE'],
];
const notChosen: [string, string][] = [
  ['VO_SAMENWERKING', 'NEE'],
  ['TEVREDEN', 'EXPERTISE_BIBLIOTHEEK'],
  ['KNELPUNTEN', 'PERSONELE_BEZETTING'],
  ['FINANCIERING_MINDER_SCHOLEN', 'JA'],
];

async function snapshot(results: ResultsPage) {
  const n: Record<string, number> = {};
  for (const code of ['VO_SAMENWERKING', 'TEVREDEN', 'KNELPUNTEN', 'FINANCIERING_MINDER_SCHOLEN']) {
    n[code] = await results.baseN(results.question(questionByCode(code).text));
  }
  const counts: Record<string, number> = {};
  for (const [q, o] of [...chosen, ...notChosen]) {
    counts[`${q}.${o}`] = await results.count(results.question(questionByCode(q).text), labelOf(q, o));
  }
  return { submitted: await results.submitted(), n, counts };
}

test('a library that submits through the questionnaire changes the results by exactly its answer', async ({ page, browser }) => {
  const link = notStartedLink(20);
  await signInAs(page, 'admin');
  const results = new ResultsPage(page);
  const provinceQuery = `?province=${encodeURIComponent(link.province)}`;

  await results.goto('2022-2023');
  const before = await snapshot(results);
  await results.goto('2022-2023', provinceQuery);
  const beforeInProvince = await snapshot(results);

  // The library clicks through its questionnaire in a browser of its own.
  const respondent = await browser.newContext();
  const form = new QuestionnairePage(await respondent.newPage(), link);
  await form.open();
  const textOf = (code: string) => questionByCode(code).text;
  await form.radio(textOf('VO_SAMENWERKING'), labelOf('VO_SAMENWERKING', answers.VO_SAMENWERKING)).check();
  await form.next();
  for (const option of answers.TEVREDEN) await form.choice(textOf('TEVREDEN'), labelOf('TEVREDEN', option)).check();
  for (const option of answers.KNELPUNTEN) await form.choice(textOf('KNELPUNTEN'), labelOf('KNELPUNTEN', option)).check();
  await form
    .radio(textOf('FINANCIERING_MINDER_SCHOLEN'), labelOf('FINANCIERING_MINDER_SCHOLEN', answers.FINANCIERING_MINDER_SCHOLEN))
    .check();
  await form.next();
  await form.next();
  await form.submitButton.click();
  await expect(form.heading).toHaveText('Bedankt!');
  expect(await form.stored()).toMatchObject({ status: 'submitted', answers });
  await respondent.close();

  await results.goto('2022-2023');
  const after = await snapshot(results);
  await results.goto('2022-2023', provinceQuery);
  const afterInProvince = await snapshot(results);

  for (const [b, a] of [
    [before, after],
    [beforeInProvince, afterInProvince],
  ]) {
    expect(a.submitted).toBe(b.submitted + 1);
    for (const code of Object.keys(b.n)) expect(a.n[code], code).toBe(b.n[code] + 1);
    for (const [q, o] of chosen) expect(a.counts[`${q}.${o}`], `${q}.${o}`).toBe(b.counts[`${q}.${o}`] + 1);
    for (const [q, o] of notChosen) expect(a.counts[`${q}.${o}`], `${q}.${o}`).toBe(b.counts[`${q}.${o}`]);
  }
});

test('the province filter narrows every base, and a chart downloads as SVG', async ({ page }) => {
  const link = notStartedLink(21);
  await signInAs(page, 'admin');
  const results = new ResultsPage(page);
  await results.goto('2022-2023');
  const all = await results.submitted();

  await page.getByLabel('Provincie').selectOption(link.province);
  await page.getByRole('button', { name: 'Toepassen' }).click();
  await expect(page).toHaveURL(new RegExp(`province=${encodeURIComponent(link.province).replace(/%20/g, '(\\+|%20)')}`));
  await expect(page.getByText(`Gefilterd op: ${link.province}`)).toBeVisible();
  const inProvince = await results.submitted();
  expect(inProvince).toBeLessThan(all);
  expect(await results.baseN(results.question(questionByCode('VO_SAMENWERKING').text))).toBe(inProvince);

  const download = results.question(questionByCode('KNELPUNTEN').text).getByRole('link', { name: 'Grafiek downloaden (SVG)' });
  const svg = await page.request.get((await download.getAttribute('href'))!);
  expect(svg.headers()['content-type']).toContain('image/svg+xml');
  expect(await svg.text()).toContain('<svg');
});
