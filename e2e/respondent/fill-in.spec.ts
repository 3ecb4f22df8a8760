import { expect, test } from '@playwright/test';
import { notStartedLink, readDemoLinks } from '../support/links';
import { QuestionnairePage, questions } from '../support/questionnaire-page';

test('a library fills in the whole questionnaire, is held at three ticks, reloads mid-way and submits', async ({ page }) => {
  const link = notStartedLink(0);
  const form = new QuestionnairePage(page, link);
  await form.open();
  await expect(page.getByRole('banner')).toContainText(link.library);
  await expect(page.getByRole('banner')).toContainText('2022-2023');

  await form.saving(() => form.radio(questions.filter, 'Ja').check());
  await form.expectStep(1, 4);
  await form.next();
  await form.expectStep(2, 4);
  await expect(page).toHaveURL(/\?pagina=2$/);

  // Three satisfaction ticks; the fourth box cannot be ticked and the note says why.
  await form.choice(questions.satisfaction, 'Expertise binnen de bibliotheek').check();
  await form.choice(questions.satisfaction, 'Aansluiting van het aanbod op het curriculum').check();
  await form.choice(questions.satisfaction, 'Resultaten op het gebied van leesbevordering').check();
  const fourth = form.choice(questions.satisfaction, 'Voldoende financiering');
  await expect(fourth).toBeDisabled();
  await expect(form.question(questions.satisfaction).getByText(/Haal eerst een vinkje weg/)).toBeVisible();
  await fourth.check({ force: true }).catch(() => undefined);
  await expect(fourth).not.toBeChecked();
  // Unticking one frees the others again.
  await form.choice(questions.satisfaction, 'Expertise binnen de bibliotheek').uncheck();
  await expect(fourth).toBeEnabled();
  await expect(form.question(questions.satisfaction).getByText(/Haal eerst een vinkje weg/)).toBeHidden();
  await form.saving(() => form.choice(questions.satisfaction, 'Expertise binnen de bibliotheek').check());

  await form.choice(questions.bottlenecks, 'Personele bezetting').check();
  await form.choice(questions.bottlenecks, 'Anders, namelijk ...').check();
  await form.saving(() => form.otherText(questions.bottlenecks).fill('Vervoer van klassen'));

  // Reload mid-way: same page, answers still there.
  await page.reload();
  await form.expectStep(2, 4);
  await expect(form.choice(questions.satisfaction, 'Expertise binnen de bibliotheek')).toBeChecked();
  await expect(form.choice(questions.satisfaction, 'Resultaten op het gebied van leesbevordering')).toBeChecked();
  await expect(form.choice(questions.bottlenecks, 'Anders, namelijk ...')).toBeChecked();
  await expect(form.otherText(questions.bottlenecks)).toHaveValue('Vervoer van klassen');

  await form.next();
  await form.expectStep(3, 4);
  await form.radio(questions.staffHours, 'Toegenomen').check();
  await form.field(/Hoeveel schoollocaties voor voortgezet onderwijs/).fill('12');
  await form.field(/Met hoeveel van deze schoollocaties/).fill('5');
  await form.field(/Hoeveel uur per week/).fill('12,5');
  await form.next();
  await form.expectStep(4, 4);
  await form.field(/Wil je nog iets toelichten/).fill('Dank je wel');
  await expect(page.getByText('11 van 2000 tekens gebruikt')).toBeVisible();
  await form.submit();

  await expect(form.heading).toHaveText('Bedankt!');
  await expect(page.getByText(`De antwoorden van ${link.library} zijn verstuurd op`)).toBeVisible();
  const stored = await form.stored();
  expect(stored.status).toBe('submitted');
  expect(stored.answers).toMatchObject({
    VO_SAMENWERKING: 'JA',
    KNELPUNTEN: ['PERSONELE_BEZETTING', 'ANDERS'],
    KNELPUNTEN__other: 'Vervoer van klassen',
    UREN_PER_WEEK: 12.5,
    SCHOOLLOCATIES_WERKGEBIED: 12,
    SCHOOLLOCATIES_SAMENWERKING: 5,
    TOELICHTING: 'Dank je wel',
  });

  // Coming back later: the confirmation with the answers, and a way to change them.
  await form.open();
  await expect(form.heading).toHaveText('Bedankt!');
  await expect(page.getByText('12,5 uur per week')).toBeVisible();
  await expect(page.getByText('Anders, namelijk ... Vervoer van klassen')).toBeVisible();
  await expect(page.getByText('Wijzigingen tellen pas mee als je ze opnieuw verstuurt')).toBeVisible();
  await page.getByRole('button', { name: 'Antwoorden wijzigen' }).click();
  await form.expectStep(1, 4);
  await expect(form.radio(questions.filter, 'Ja')).toBeChecked();
  await expect(page.getByRole('region', { name: /^Verstuurd op / })).toContainText('Wat je nu wijzigt, telt pas mee als je het verstuurt.');
  expect(await form.stored()).toMatchObject({ status: 'submitted', pendingChanges: false });

  // A change is kept apart from the sent answers, which count until it is sent.
  await form.next();
  await form.next();
  await form.next();
  await form.saving(() => form.field(/Wil je nog iets toelichten/).fill('Dank je wel!'));
  expect(await form.stored()).toMatchObject({
    status: 'submitted',
    pendingChanges: true,
    answers: { TOELICHTING: 'Dank je wel!' },
    submittedAnswers: { TOELICHTING: 'Dank je wel' },
  });
  await form.submit();
  await expect(form.heading).toHaveText('Bedankt!');
  expect(await form.stored()).toMatchObject({ status: 'submitted', pendingChanges: false, answers: { TOELICHTING: 'Dank je wel!' } });
});

test('after the edition closed, a link shows the answers read-only', async ({ page }) => {
  const closed = readDemoLinks().filter((l) => l.edition === '2021-2022');
  const submitted = closed.filter((l) => l.status === 'submitted')[9];
  await page.goto(`/r/${submitted.token}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bedankt!');
  await expect(page.getByText('De vragenlijst is gesloten; de antwoorden kunnen niet meer worden gewijzigd.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Jullie antwoorden' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Antwoorden wijzigen' })).toHaveCount(0);
  await expect(page.getByRole('radio')).toHaveCount(0);

  const notStarted = notStartedLink(9, '2021-2022');
  await page.goto(`/r/${notStarted.token}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze vragenlijst is gesloten');
  await expect(page.getByRole('button', { name: 'Volgende' })).toHaveCount(0);
});

test('Volgende stops at open required questions with a summary that links to them', async ({ page }) => {
  const form = new QuestionnairePage(page, notStartedLink(7));
  await form.open();
  await form.next();
  await expect(form.errorSummary).toBeVisible();
  await expect(form.errorSummary).toBeFocused();
  // Unanswered, the filter question may still bring its three pages.
  await form.expectStep(1, 4);
  await form.errorSummary.getByRole('link').first().click();
  await expect(form.radio(questions.filter, 'Ja')).toBeFocused();
  await expect(form.radio(questions.filter, 'Ja')).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(form.radio(questions.filter, 'Nee')).toBeChecked();
  await form.next();
  await form.expectStep(2, 2);
  await form.expectLastPage();
});

test('an unknown link gets a Dutch not-found page that does not repeat the token', async ({ page }) => {
  const token = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
  const response = await page.goto(`/r/${token}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze link werkt niet');
  expect(await page.locator('body').innerText()).not.toContain(token);
});
