import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { signInAs } from '../support/auth';
import { expect, openEdition, test } from '../support/editions';
import { inviteNewLibraries } from '../support/libraries';
import { QuestionnairePage } from '../support/questionnaire-page';

/*
 * A rating scale from the editor to the exports: an admin adds one to a
 * concept edition and previews it; once open, a library answers it on a
 * phone with the keyboard alone; the results and every export show it.
 */

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const QUESTION = 'Hoe tevreden ben je over de samenwerking met de gemeente?';
const saved = (page: Page) => page.getByRole('status').filter({ hasText: /^Opgeslagen/ });

test('an admin adds a scale question, a library answers it on a phone by keyboard, the results and exports show it', async ({
  page,
  browser,
  adminApi,
  concept,
}) => {
  test.slow();
  // The editor: a new question on the last page, made a scale of five points with worded ends and "weet niet".
  await signInAs(page, 'admin', `/admin/editions/${concept}/vragenlijst`);
  const last = page.getByRole('region', { name: 'Pagina 4 · AFRONDING' });
  await last.getByRole('button', { name: 'Vraag toevoegen' }).click();
  const added = last.getByRole('group', { name: /^Vraag 4\.2 · / });
  await added.getByLabel('Vraagsoort').selectOption({ label: 'Schaal' });
  await added.getByLabel('Vraagcode').fill('TEVREDEN_GEMEENTE');
  const scale = last.getByRole('group', { name: 'Vraag 4.2 · TEVREDEN_GEMEENTE' });
  await scale.getByLabel('Vraagtekst').fill(QUESTION);
  await expect(scale.getByLabel('Aantal punten')).toHaveValue('5');
  await scale.getByLabel('Betekenis van het laagste punt').fill('Zeer ontevreden');
  await scale.getByLabel('Betekenis van het hoogste punt').fill('Zeer tevreden');
  await scale.getByLabel(/Antwoord naast de schaal/).fill('Weet niet / niet van toepassing');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(saved(page)).toContainText('Opgeslagen');
  await expectNoViolations(page);

  // The preview: five points in a row and the answer beside the scale after "of".
  await page.getByRole('link', { name: 'Voorbeeld bekijken' }).click();
  await page.getByRole('link', { name: 'Beginnen' }).click();
  await page
    .getByRole('group', { name: /Werkt jouw bibliotheek samen/ })
    .getByRole('radio', { name: 'Nee', exact: true })
    .check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  const preview = page.getByRole('group', { name: new RegExp(`^${QUESTION.replace('?', '\\?')}`) });
  await expect(preview.getByRole('radio')).toHaveCount(6);
  await expect(preview.getByRole('radio').first()).toHaveAccessibleName('1 Zeer ontevreden');
  await expect(preview).toHaveAccessibleDescription(/1 betekent Zeer ontevreden, 5 betekent Zeer tevreden\./);
  const boxes = await preview.getByRole('radio').evaluateAll((radios) => radios.slice(0, 5).map((r) => r.getBoundingClientRect().top));
  // On a wide screen one row: every point at the same height.
  expect(new Set(boxes.map(Math.round)).size).toBe(1);
  await expectNoViolations(page);

  // Open, with six libraries: one answers by hand, five through the API so that the results may show figures.
  await openEdition(adminApi, concept);
  const [first, ...others] = inviteNewLibraries(concept, 6);
  for (const [i, library] of others.entries()) {
    const answer = ['P2', 'P4', 'P4', 'P5', 'WEET_NIET'][i];
    const sent = await adminApi.put(`/api/v1/responses/${library.token}`, {
      data: { answers: { VO_SAMENWERKING: 'NEE', TEVREDEN_GEMEENTE: answer }, submit: true },
    });
    expect(sent.status(), await sent.text()).toBe(200);
  }

  const phone = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const mobile = await phone.newPage();
  const form = new QuestionnairePage(mobile, first);
  await form.open();
  await mobile
    .getByRole('group', { name: /Werkt jouw bibliotheek samen/ })
    .getByRole('radio', { name: 'Nee', exact: true })
    .check();
  await form.next();
  const question = mobile.getByRole('group', { name: new RegExp(`^${QUESTION.replace('?', '\\?')}`) });
  await expect(question).toBeVisible();
  // At 320 px a list: the points one below the other, nothing wider than the screen.
  const tops = await question.getByRole('radio').evaluateAll((radios) => radios.map((r) => r.getBoundingClientRect().top));
  expect(new Set(tops.map(Math.round)).size).toBe(6);
  expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectNoViolations(mobile);
  // The keyboard: Tab reaches the first point, the arrows move the choice.
  await question.getByRole('radio').first().focus();
  await mobile.keyboard.press('Space');
  await expect(question.getByRole('radio', { name: /^1/ })).toBeChecked();
  await mobile.keyboard.press('ArrowRight');
  await mobile.keyboard.press('ArrowRight');
  await form.saving(() => mobile.keyboard.press('ArrowRight'));
  await expect(question.getByRole('radio', { name: '4' })).toBeChecked();
  expect((await form.stored()).answers).toMatchObject({ VO_SAMENWERKING: 'NEE', TEVREDEN_GEMEENTE: 'P4' });
  await form.submit();
  await expect(form.heading).toHaveText('Bedankt!');
  await phone.close();

  // The results: the points in order, mean and median with their base, "weet niet" apart.
  await page.goto(`/admin/editions/${concept}/results`);
  const section = page.locator(`[data-question="TEVREDEN_GEMEENTE"]`);
  await expect(section.getByRole('heading', { name: QUESTION })).toBeVisible();
  // 2, 4, 4, 4, 5: mean 3,8, median 4,0 over five; one of six "weet niet".
  // The figures in words under the question (the chart says them too, in its drawing and its description).
  const figures = section.getByRole('listitem');
  await expect(figures.filter({ hasText: 'Gemiddelde 3,8, mediaan 4,0 (n = 5)' })).toBeVisible();
  await expect(figures.filter({ hasText: /^Weet niet \/ niet van toepassing: 1 van 6 \(17%\)/ })).toBeVisible();
  await expect(section.getByRole('row')).toHaveCount(6);
  const chart = await page.request.get(`/admin/editions/${concept}/results/TEVREDEN_GEMEENTE/chart.svg`);
  expect(chart.status()).toBe(200);
  expect(await chart.text()).toContain('1 – Zeer ontevreden');
  const api = await (await adminApi.get(`/api/v1/editions/${concept}/results`)).json();
  expect(api.questions.find((q: { code: string }) => q.code === 'TEVREDEN_GEMEENTE').scale).toMatchObject({
    n: 5,
    mean: 3.8,
    median: 4,
    dontKnow: { count: 1 },
  });

  // The exports: one numeric variable, "weet niet" as 99, declared missing with its label in SPSS and R.
  const csv = await (await adminApi.get(`/api/v1/editions/${concept}/export?format=csv`)).text();
  const [head, ...lines] = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r\n/);
  const column = head.split(';').indexOf('TEVREDEN_GEMEENTE');
  expect(column).toBeGreaterThan(0);
  expect(lines.map((line) => line.split(';')[column]).sort()).toEqual(['2', '4', '4', '4', '5', '99']);
  const codebook = await (await adminApi.get(`/api/v1/editions/${concept}/export?format=codebook`)).text();
  expect(codebook).toContain('99 = WEET_NIET (Weet niet / niet van toepassing)');
  for (const format of ['spss', 'r', 'xlsx']) {
    const download = await adminApi.get(`/api/v1/editions/${concept}/export?format=${format}`);
    expect(download.status(), format).toBe(200);
    expect(download.headers()['x-export-rows'], format).toBe('6');
  }
});
