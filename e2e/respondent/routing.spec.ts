import { expect, test } from '@playwright/test';
import { notStartedLink } from '../support/links';
import { QuestionnairePage, questions } from '../support/questionnaire-page';

test('"Nee" skips to the last page, and switching to "Ja" brings the questions back', async ({ page }) => {
  const form = new QuestionnairePage(page, notStartedLink(1));
  await form.open();
  await form.saving(() => form.radio(questions.filter, 'Nee').check());
  await form.expectStep(1, 2);
  await form.next();
  await form.expectStep(2, 2);
  await expect(form.heading).toHaveText('Afronding');
  await form.expectLastPage();
  await expect(form.question(questions.bottlenecks)).toHaveCount(0);

  await form.previous();
  await form.saving(() => form.radio(questions.filter, 'Ja').check());
  await form.expectStep(1, 4);
  await form.next();
  await expect(form.heading).toHaveText('Successen en knelpunten');
  await expect(form.question(questions.satisfaction)).toBeVisible();
  await expect(form.question(questions.bottlenecks)).toBeVisible();
});

test('the financing follow-up appears only with "Financiering", and its answer is held back while it is hidden', async ({ page }) => {
  const form = new QuestionnairePage(page, notStartedLink(2));
  await form.open();
  await form.radio(questions.filter, 'Ja').check();
  await form.next();
  await expect(form.question(questions.followUp)).toHaveCount(0);

  await form.choice(questions.bottlenecks, 'Financiering').check();
  await expect(form.question(questions.followUp)).toBeVisible();
  await form.saving(() => form.radio(questions.followUp, 'Ja').check());
  expect((await form.stored()).answers.FINANCIERING_MINDER_SCHOLEN).toBe('JA');

  await form.saving(() => form.choice(questions.bottlenecks, 'Financiering').uncheck());
  await expect(form.question(questions.followUp)).toHaveCount(0);
  const stored = await form.stored();
  expect(stored.answers).not.toHaveProperty('FINANCIERING_MINDER_SCHOLEN');
  expect(stored.answers).not.toHaveProperty('KNELPUNTEN');

  // Back again: the question returns with the answer given before, and it is saved again.
  await form.saving(() => form.choice(questions.bottlenecks, 'Financiering').check());
  await expect(form.radio(questions.followUp, 'Ja')).toBeChecked();
  expect((await form.stored()).answers.FINANCIERING_MINDER_SCHOLEN).toBe('JA');
});

test('"Geen knelpunten" clears the other bottlenecks, and another bottleneck clears it', async ({ page }) => {
  const form = new QuestionnairePage(page, notStartedLink(3));
  await form.open();
  await form.radio(questions.filter, 'Ja').check();
  await form.next();
  await form.choice(questions.bottlenecks, 'Financiering').check();
  await form.choice(questions.bottlenecks, 'Borging van de samenwerking').check();
  await expect(form.question(questions.followUp)).toBeVisible();

  await form.saving(() => form.choice(questions.bottlenecks, 'Geen knelpunten').check());
  await expect(form.choice(questions.bottlenecks, 'Financiering')).not.toBeChecked();
  await expect(form.choice(questions.bottlenecks, 'Borging van de samenwerking')).not.toBeChecked();
  await expect(form.question(questions.followUp)).toHaveCount(0);
  expect((await form.stored()).answers.KNELPUNTEN).toEqual(['GEEN_KNELPUNTEN']);

  await form.saving(() => form.choice(questions.bottlenecks, 'Borging van de samenwerking').check());
  await expect(form.choice(questions.bottlenecks, 'Geen knelpunten')).not.toBeChecked();
  expect((await form.stored()).answers.KNELPUNTEN).toEqual(['BORGING']);
});

test('a number that is not a number is left out of the draft, the rest is saved, and Volgende flags it', async ({ page }) => {
  const form = new QuestionnairePage(page, notStartedLink(8));
  await form.open();
  await form.radio(questions.filter, 'Ja').check();
  await form.next();
  await form.next();
  await expect(form.errorSummary).toBeVisible();
  await form.choice(questions.satisfaction, 'Voldoende financiering').check();
  await form.choice(questions.bottlenecks, 'Geen knelpunten').check();
  await form.next();
  await form.expectStep(3, 4);

  const hours = form.field(/Hoeveel uur per week/);
  await form.radio(questions.staffHours, 'Afgenomen').check();
  await hours.fill('veel');
  await hours.blur();
  await expect(form.saveStatus).toHaveText('Niet alles is opgeslagen: een antwoord is nog niet goed ingevuld');
  await expect.poll(async () => (await form.stored()).answers.PERSONEELSUREN_ONTWIKKELING).toBe('AFGENOMEN');
  expect((await form.stored()).answers).not.toHaveProperty('UREN_PER_WEEK');
  // Leaving the field and the autosave say nothing at the field: the message waits for Volgende.
  await expect(page.getByText('Vul het aantal uur per week in als een getal')).toHaveCount(0);
  await form.next();
  await expect(form.errorSummary.getByRole('link')).toHaveText(['Vul het aantal uur per week in als een getal']);
  await expect(hours).toHaveAttribute('aria-invalid', 'true');

  await form.saving(() => hours.fill('7,5'));
  await expect(page.getByText('Vul het aantal uur per week in als een getal')).toHaveCount(0);
  expect((await form.stored()).answers.UREN_PER_WEEK).toBe(7.5);
});
