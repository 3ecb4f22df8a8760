import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { signInAs } from '../support/auth';
import { expect, farClosingMoment, test } from '../support/open-edition';
import { QuestionnairePage, questions } from '../support/questionnaire-page';

async function expectNoViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    what,
  ).toEqual([]);
}

const startLink = (page: Page) => page.getByRole('link', { name: 'Beginnen' });

test("a new link opens on the start page: what it is for, until when, how long, saving, privacy and contact; 'Beginnen' leads to step 1", async ({
  page,
  opened,
}) => {
  const form = new QuestionnairePage(page, opened);
  await page.goto(form.path);
  await expect(form.heading).toHaveText(`Samenwerking met het voortgezet onderwijs ${opened.code}`);
  // The edition's own texts, copied from last year's with the school year replaced.
  await expect(
    page.getByText(`in schooljaar ${opened.code} samenwerken met scholen voor voortgezet onderwijs`, { exact: false }),
  ).toBeVisible();
  await expect(page.getByText('Het invullen duurt ongeveer 10 minuten.', { exact: false })).toBeVisible();
  await expect(page.getByText(`De vragenlijst sluit op ${farClosingMoment.shown}.`)).toBeVisible();
  await expect(page.getByText(/bewaard terwijl je invult/)).toContainText('met dezelfde link');
  await expect(page.getByRole('heading', { level: 2, name: 'Wat gebeurt er met de antwoorden?' })).toBeVisible();
  await expect(page.getByText(/uitkomsten alleen samengevoegd/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Vragen?' })).toBeVisible();
  await expect(page.getByText(/enquete@bibliotheeknetwerk\.nl/)).toBeVisible();
  // Not the form yet.
  await expect(form.question(questions.filter)).toHaveCount(0);
  await expect(form.progressText).toHaveCount(0);
  await expectNoViolations(page, 'start page');

  await startLink(page).click();
  await expect(page).toHaveURL(/\?pagina=1$/);
  await expect(form.heading).toHaveText('Samenwerking');
  await form.expectStep(1, 4);

  // Started, the link goes straight on to the form.
  await form.saving(() => form.radio(questions.filter, 'Ja').check());
  await page.goto(form.path);
  await expect(form.radio(questions.filter, 'Ja')).toBeChecked();
  await expect(startLink(page)).toHaveCount(0);
});

test('a sent response skips the start page', async ({ page, opened }) => {
  const form = new QuestionnairePage(page, opened);
  const sent = await page.request.put(form.apiPath, { data: { answers: { VO_SAMENWERKING: 'NEE' }, submit: true, version: 0 } });
  expect(sent.status(), await sent.text()).toBe(200);
  await page.goto(form.path);
  await expect(form.heading).toHaveText('Bedankt!');
  await expect(startLink(page)).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 320, height: 740 } });

  test('the start page fits 320 px and passes axe', async ({ page, opened }) => {
    await page.goto(`/r/${opened.token}`);
    await expect(startLink(page)).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
    await expectNoViolations(page, 'start page at 320 px');
  });
});

test("an admin's change of a start text shows on the start page and in the preview; an emptied one gives the default", async ({
  page,
  opened,
}) => {
  await signInAs(page, 'admin', `/admin/editions/${opened.code}/vragenlijst`);
  const section = page.getByRole('region', { name: 'Startpagina' });
  // The edition is open: its structure is locked, its start texts are wording and stay editable.
  const privacy = section.getByLabel('Wat er met de antwoorden gebeurt');
  await expect(privacy).toBeEditable();
  await privacy.fill('Alleen het onderzoeksteam leest de antwoorden per bibliotheek.');
  await section.getByLabel('Hoe lang het invullen duurt').fill('');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Opgeslagen/ })).toContainText('Opgeslagen: 2 wijzigingen.');

  await page.goto(`/r/${opened.token}`);
  await expect(page.getByText('Alleen het onderzoeksteam leest de antwoorden per bibliotheek.')).toBeVisible();
  await expect(page.getByText(/uitkomsten alleen samengevoegd/)).toHaveCount(0);
  await expect(page.getByText('Hoe lang het invullen duurt, hangt af van je antwoorden', { exact: false })).toBeVisible();

  await page.goto(`/admin/editions/${opened.code}/vragenlijst/voorbeeld`);
  await expect(page.getByText('Voorbeeld: antwoorden worden niet opgeslagen.')).toBeVisible();
  await expect(page.getByText('Alleen het onderzoeksteam leest de antwoorden per bibliotheek.')).toBeVisible();
  await expect(page.getByText(`De vragenlijst sluit op ${farClosingMoment.shown}.`)).toBeVisible();
  await startLink(page).click();
  await expect(page).toHaveURL(/\/vragenlijst\/voorbeeld\?pagina=1$/);
  await expect(page.getByRole('group', { name: questions.filter })).toBeVisible();
});
