import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { signInAs } from '../support/auth';
import { notStartedLink } from '../support/links';
import { QuestionnairePage } from '../support/questionnaire-page';
import { ResultsPage } from './results-page';

type Definition = { pages: { questions: { code: string; text: string; options?: { code: string; label: string }[] }[] }[] };
const definition: Definition = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../cli/seed/questionnaires/2022-2023.json'), 'utf8'));
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

const textOf = (code: string) => questionByCode(code).text;

/** The library clicks through its questionnaire with `answers` and sends it. */
async function fillInAndSend(form: QuestionnairePage) {
  await form.open();
  await form.radio(textOf('VO_SAMENWERKING'), labelOf('VO_SAMENWERKING', answers.VO_SAMENWERKING)).check();
  await form.next();
  for (const option of answers.TEVREDEN) await form.choice(textOf('TEVREDEN'), labelOf('TEVREDEN', option)).check();
  for (const option of answers.KNELPUNTEN) await form.choice(textOf('KNELPUNTEN'), labelOf('KNELPUNTEN', option)).check();
  await form
    .radio(textOf('FINANCIERING_MINDER_SCHOLEN'), labelOf('FINANCIERING_MINDER_SCHOLEN', answers.FINANCIERING_MINDER_SCHOLEN))
    .check();
  await form.next();
  await form.next();
  await form.submit();
  await expect(form.heading).toHaveText('Bedankt!');
  expect(await form.stored()).toMatchObject({ status: 'submitted', answers });
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
  await fillInAndSend(new QuestionnairePage(await respondent.newPage(), link));
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

test('a library that changes its sent answers counts with them until it sends the changes, then by exactly the change', async ({
  page,
  browser,
}) => {
  const link = notStartedLink(26);
  const question = 'FINANCIERING_MINDER_SCHOLEN';
  const [from, to] = [answers.FINANCIERING_MINDER_SCHOLEN, 'JA'];
  await signInAs(page, 'admin');
  const results = new ResultsPage(page);

  const respondent = await browser.newContext();
  const form = new QuestionnairePage(await respondent.newPage(), link);
  await fillInAndSend(form);
  await results.goto('2022-2023');
  const sent = await snapshot(results);

  // One answer changed, and saved automatically: the sent answers still count.
  await form.page.getByRole('button', { name: 'Antwoorden wijzigen' }).click();
  await form.next();
  await form.saving(() => form.radio(textOf(question), labelOf(question, to)).check());
  expect(await form.stored()).toMatchObject({
    status: 'submitted',
    pendingChanges: true,
    answers: { ...answers, [question]: to },
    submittedAnswers: answers,
  });
  await results.goto('2022-2023');
  expect(await snapshot(results)).toEqual(sent);

  // Back later, the library sees its change and that it does not count yet.
  await form.page.reload();
  const state = form.page.getByRole('region', { name: /^Verstuurd op \d+ \w+ \d{4}/ });
  await expect(state).toContainText(
    'Je hebt wijzigingen die nog niet zijn verstuurd; de verstuurde antwoorden tellen mee tot je de wijzigingen verstuurt',
  );
  await expect(form.radio(textOf(question), labelOf(question, to))).toBeChecked();

  await form.next();
  await form.next();
  await form.submit();
  await expect(form.heading).toHaveText('Bedankt!');
  expect(await form.stored()).toMatchObject({ status: 'submitted', pendingChanges: false, answers: { ...answers, [question]: to } });
  await respondent.close();

  await results.goto('2022-2023');
  const after = await snapshot(results);
  const expected = structuredClone(sent);
  expected.counts[`${question}.${from}`] -= 1;
  expected.counts[`${question}.${to}`] += 1;
  expect(after).toEqual(expected);
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
