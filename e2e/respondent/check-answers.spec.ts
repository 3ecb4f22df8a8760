import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { inviteNewLibraries } from '../support/libraries';
import { mailsTo } from '../support/mail';
import { QuestionnairePage, questions } from '../support/questionnaire-page';

async function expectNoViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, what).toEqual([]);
}

async function expectNoSidewaysScroll(page: Page, where: string) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${where} is ${width}px wide`).toBeLessThanOrEqual(320);
}

/** A library of the open edition of its own (fresh data per test), with an address the e2e server mails to as .eml files. */
function freshLibrary() {
  return inviteNewLibraries('2022-2023', 1)[0];
}

/** Page 1 to the last page with a few answers. */
async function answerEveryPage(form: QuestionnairePage) {
  await form.toNumbersPage();
  await form.field(/Hoeveel uur per week/).fill('12,5');
  await form.next();
  await form.field(/Wil je nog iets toelichten/).fill('Dank je wel');
}

const checkHeading = 'Controleer je antwoorden';

test('after the last page every shown question is listed with its answer and a Wijzigen link back to its field; then the answers are sent', async ({
  page,
}) => {
  const form = new QuestionnairePage(page, freshLibrary());
  await answerEveryPage(form);
  await form.next();

  await expect(form.heading).toHaveText(checkHeading);
  await expect(page).toHaveURL(/\?pagina=controleren$/);
  const inzet = page.getByRole('region', { name: 'Inzet en bereik' });
  await expect(inzet).toContainText('12,5 uur per week');
  await expect(page.getByRole('region', { name: 'Samenwerking' })).toContainText('Ja');
  await expect(page.getByRole('region', { name: 'Successen en knelpunten' })).toContainText('Geen knelpunten');
  await expect(page.getByRole('region', { name: 'Afronding' })).toContainText('Dank je wel');
  // Optional questions left open say so; the hidden follow-up is not listed.
  await expect(inzet).toContainText('Niet beantwoord');
  await expect(page.getByText(/vanwege onvoldoende financiering/)).toHaveCount(0);
  // One Wijzigen link per shown question (1 + 2 + 4 + 1), each naming its question.
  await expect(page.getByRole('link', { name: /^Wijzigen / })).toHaveCount(8);

  // A reload keeps the check step.
  await page.reload();
  await expect(form.heading).toHaveText(checkHeading);

  await page.getByRole('link', { name: /^Wijzigen Hoeveel uur per week/ }).click();
  await expect(form.heading).toHaveText('Inzet en bereik');
  await expect(page).toHaveURL(/\?pagina=3/);
  await expect(form.field(/Hoeveel uur per week/)).toBeFocused();
  await form.field(/Hoeveel uur per week/).fill('7');
  await form.next();
  await form.next();
  await expect(form.heading).toHaveText(checkHeading);
  await expect(page.getByRole('region', { name: 'Inzet en bereik' })).toContainText('7 uur per week');

  await form.submitButton.click();
  await expect(form.heading).toHaveText('Bedankt!');
  expect(await form.stored()).toMatchObject({ status: 'submitted', answers: { UREN_PER_WEEK: 7, TOELICHTING: 'Dank je wel' } });
});

test('a required question left open on the check step sends the respondent to it, with the error summary', async ({ page }) => {
  const form = new QuestionnairePage(page, freshLibrary());
  await form.open('?pagina=1');
  await form.saving(() => form.radio(questions.filter, 'Ja').check());
  await form.open('?pagina=controleren');
  await expect(form.heading).toHaveText(checkHeading);
  await expect(page.getByRole('region', { name: 'Successen en knelpunten' })).toContainText('Niet beantwoord');

  await form.submitButton.click();
  await expect(form.heading).toHaveText('Successen en knelpunten');
  await expect(form.errorSummary).toBeVisible();
  await expect(form.errorSummary).toContainText('Kies minstens één antwoord bij wat goed ging in de samenwerking');
  expect((await form.stored()).status).toBe('draft');
});

test('the confirmation gives a reference, the moment, what happens next and until when changes can be made; the library gets a receipt by mail, a new one for each sending', async ({
  page,
}) => {
  const library = freshLibrary();
  const form = new QuestionnairePage(page, library);
  await answerEveryPage(form);
  await form.submit();

  await expect(form.heading).toHaveText('Bedankt!');
  const confirmation = page.getByRole('main');
  await expect(confirmation.getByText(`De antwoorden van ${library.name} zijn verstuurd op`)).toBeVisible();
  const referenceText = await confirmation.getByText(/^Kenmerk: /).innerText();
  const reference = /^Kenmerk: (R\d+-[0-9A-Z]{4})$/.exec(referenceText)?.[1];
  expect(reference, referenceText).toBeTruthy();
  await expect(page.getByRole('heading', { name: 'Wat gebeurt er nu?' })).toBeVisible();
  await expect(confirmation).toContainText('ontvangstbevestiging');
  await expect(confirmation).toContainText(/Dat kan tot de vragenlijst sluit op \d+ \w+ \d{4}/);
  await expect(page.getByRole('button', { name: 'Bevestiging met antwoorden afdrukken of bewaren als pdf' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Jullie antwoorden' })).toBeVisible();

  // The receipt, sent by the server's background sender.
  await expect.poll(async () => (await mailsTo(library.email)).length, { timeout: 20_000 }).toBe(1);
  const [receipt] = await mailsTo(library.email);
  expect(receipt.subject).toContain(reference!);
  expect(receipt.text).toContain(`Kenmerk: ${reference}`);
  expect(receipt.text).toContain(library.name);
  expect(receipt.text).toMatch(/verstuurd op \d+ \w+ \d{4} om \d{2}:\d{2}/);
  expect(receipt.text).toMatch(/tot en met \d+ \w+ \d{4}/);

  // A change, sent again: a new reference and a new receipt; the first is not sent again.
  await page.getByRole('button', { name: 'Antwoorden wijzigen' }).click();
  await form.next();
  await form.next();
  await form.next();
  await form.saving(() => form.field(/Wil je nog iets toelichten/).fill('Dank je wel!'));
  await form.submit();
  await expect(form.heading).toHaveText('Bedankt!');
  const second = /^Kenmerk: (R\d+-[0-9A-Z]{4})$/.exec(await confirmation.getByText(/^Kenmerk: /).innerText())?.[1];
  expect(second).toBeTruthy();
  expect(second).not.toBe(reference);
  await expect.poll(async () => (await mailsTo(library.email)).length, { timeout: 20_000 }).toBe(2);
  const subjects = (await mailsTo(library.email)).map((mail) => mail.subject ?? '');
  expect(subjects.filter((s) => s.includes(reference!))).toHaveLength(1);
  expect(subjects.filter((s) => s.includes(second!))).toHaveLength(1);
  // The reference stays the same on a later visit.
  await form.open();
  await expect(confirmation.getByText(`Kenmerk: ${second}`)).toBeVisible();
});

for (const viewport of [
  { name: 'desktop', width: 1280, height: 800 },
  { name: '320 px', width: 320, height: 700 },
]) {
  test(`the check step and the confirmation pass axe at ${viewport.name}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const form = new QuestionnairePage(page, freshLibrary());
    await answerEveryPage(form);
    await form.next();
    await expect(form.heading).toHaveText(checkHeading);
    await expectNoViolations(page, `check step, ${viewport.name}`);
    if (viewport.width === 320) await expectNoSidewaysScroll(page, 'check step');
    await form.submitButton.click();
    await expect(form.heading).toHaveText('Bedankt!');
    await expectNoViolations(page, `confirmation, ${viewport.name}`);
    if (viewport.width === 320) await expectNoSidewaysScroll(page, 'confirmation');
  });
}
