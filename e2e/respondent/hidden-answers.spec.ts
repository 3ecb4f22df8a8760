import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { notStartedLink } from '../support/links';
import { QuestionnairePage, questions } from '../support/questionnaire-page';

// Switching the filter question to "Nee" hides every question behind it. What
// was answered there must not be sent while hidden, and must not be lost either.

const behindFilter = {
  VO_SAMENWERKING: 'JA',
  TEVREDEN: ['FINANCIERING', 'ANDERS'],
  TEVREDEN__other: 'Gratis lidmaatschap voor leerlingen',
  KNELPUNTEN: ['FINANCIERING', 'LESROOSTER'],
  FINANCIERING_MINDER_SCHOLEN: 'JA',
  PERSONEELSUREN_ONTWIKKELING: 'AFGENOMEN',
  SCHOOLLOCATIES_WERKGEBIED: 12,
  UREN_PER_WEEK: 7.5,
};

const keptBackNotice = "Je antwoorden op de vragen over samenwerking worden niet meegestuurd zolang je 'Nee' hebt gekozen.";

async function answerEverythingBehindTheFilter(form: QuestionnairePage) {
  await form.open();
  await form.radio(questions.filter, 'Ja').check();
  await form.next();
  await form.choice(questions.satisfaction, 'Voldoende financiering').check();
  await form.choice(questions.satisfaction, 'Anders, namelijk ...').check();
  await form.otherText(questions.satisfaction).fill(behindFilter.TEVREDEN__other);
  await form.choice(questions.bottlenecks, 'Financiering').check();
  await form.choice(questions.bottlenecks, 'Inpasbaarheid in het lesrooster').check();
  await form.radio(questions.followUp, 'Ja').check();
  await form.next();
  await form.radio(questions.staffHours, 'Afgenomen').check();
  await form.field(/Hoeveel schoollocaties/).fill('12');
  await form.saving(() => form.field(/Hoeveel uur per week/).fill('7,5'));
  await expect.poll(async () => (await form.stored()).answers).toEqual(behindFilter);
  await form.previous();
  await form.previous();
  await form.expectStep(1, 4);
}

async function expectEverythingBehindTheFilterBack(form: QuestionnairePage) {
  await form.next();
  await expect(form.choice(questions.satisfaction, 'Voldoende financiering')).toBeChecked();
  await expect(form.choice(questions.satisfaction, 'Anders, namelijk ...')).toBeChecked();
  await expect(form.otherText(questions.satisfaction)).toHaveValue(behindFilter.TEVREDEN__other);
  await expect(form.choice(questions.bottlenecks, 'Financiering')).toBeChecked();
  await expect(form.choice(questions.bottlenecks, 'Inpasbaarheid in het lesrooster')).toBeChecked();
  await expect(form.radio(questions.followUp, 'Ja')).toBeChecked();
  await form.next();
  await expect(form.radio(questions.staffHours, 'Afgenomen')).toBeChecked();
  await expect(form.field(/Hoeveel schoollocaties/)).toHaveValue('12');
  await expect(form.field(/Hoeveel uur per week/)).toHaveValue('7,5');
}

test('"Nee" keeps the answers behind the filter question out of the saves, and "Ja" brings them all back', async ({ page }) => {
  const form = new QuestionnairePage(page, notStartedLink(44));
  await answerEverythingBehindTheFilter(form);
  await expect(page.getByText(keptBackNotice)).toHaveCount(0);

  await form.saving(() => form.radio(questions.filter, 'Nee').check());
  // Said where it happens, and to screen readers too.
  const notice = form.question(questions.filter).getByRole('status').filter({ hasText: keptBackNotice });
  await expect(notice).toBeVisible();
  await expect(form.question(questions.filter)).toHaveAccessibleDescription(new RegExp(keptBackNotice));
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await form.expectStep(1, 2);
  expect((await form.stored()).answers).toEqual({ VO_SAMENWERKING: 'NEE' });

  // The response can be finished with "Nee": the kept answers hold nothing up.
  await form.next();
  await form.expectStep(2, 2);
  await form.previous();

  await form.saving(() => form.radio(questions.filter, 'Ja').check());
  await expect(page.getByText(keptBackNotice)).toHaveCount(0);
  await form.expectStep(1, 4);
  expect((await form.stored()).answers).toEqual(behindFilter);
  await expectEverythingBehindTheFilterBack(form);
});

test('the answers kept back by "Nee" survive a reload in the same tab', async ({ page }) => {
  const form = new QuestionnairePage(page, notStartedLink(45));
  await answerEverythingBehindTheFilter(form);

  await form.saving(() => form.radio(questions.filter, 'Nee').check());
  await page.reload();
  await expect(form.radio(questions.filter, 'Nee')).toBeChecked();
  await expect(page.getByText(keptBackNotice)).toBeVisible();
  expect((await form.stored()).answers).toEqual({ VO_SAMENWERKING: 'NEE' });

  await form.saving(() => form.radio(questions.filter, 'Ja').check());
  expect((await form.stored()).answers).toEqual(behindFilter);
  await expectEverythingBehindTheFilterBack(form);
});
