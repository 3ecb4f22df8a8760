import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { notStartedLink } from '../support/links';
import { QuestionnairePage, questions } from '../support/questionnaire-page';

async function expectNoViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, what).toEqual([]);
}

test('every page of the questionnaire, the confirmation and the print version pass axe (WCAG 2.1 A/AA)', async ({ page }) => {
  const form = new QuestionnairePage(page, notStartedLink(6));
  await form.open();
  await expectNoViolations(page, 'page 1, empty');
  await form.next();
  await expect(form.errorSummary).toBeVisible();
  await expectNoViolations(page, 'page 1 with errors');

  await form.radio(questions.filter, 'Ja').check();
  await form.next();
  await form.choice(questions.satisfaction, 'Expertise binnen de bibliotheek').check();
  await form.choice(questions.satisfaction, 'Voldoende financiering').check();
  await form.choice(questions.satisfaction, 'Anders, namelijk ...').check();
  await form.choice(questions.bottlenecks, 'Financiering').check();
  await expect(form.question(questions.satisfaction).getByText('Kies maximaal drie antwoorden')).toBeVisible();
  await form.next();
  await expect(form.errorSummary).toBeVisible();
  await expectNoViolations(page, 'page 2 with the limit reached, the follow-up and errors');
  await form.otherText(questions.satisfaction).fill('Leesclubs');
  await form.radio(questions.followUp, 'Nee').check();
  await form.next();
  await form.expectStep(3, 4);
  await form.field(/Hoeveel uur per week/).fill('veel');
  await form.next();
  await expect(form.field(/Hoeveel uur per week/)).toHaveAccessibleDescription(/Vul het aantal uur per week in als een getal/);
  await expectNoViolations(page, 'page 3 with an invalid number');
  await form.field(/Hoeveel uur per week/).fill('3,5');
  await form.next();
  await form.expectStep(4, 4);
  await expectNoViolations(page, 'page 4');
  await form.submit();
  await expect(form.heading).toHaveText('Bedankt!');
  await expectNoViolations(page, 'confirmation');

  await page.getByRole('link', { name: 'Afdrukken met jullie antwoorden' }).click();
  await expect(page.getByRole('heading', { name: /Vraag 1/ })).toBeVisible();
  await expectNoViolations(page, 'print version');
});

test('the print version lists every question with its conditions written out', async ({ page }) => {
  // The print version does not depend on the response, so it borrows the axe test's link.
  const form = new QuestionnairePage(page, notStartedLink(6));
  await page.goto(`${form.path}/afdrukken`);
  await expect(page.getByRole('heading', { name: 'Vraag 4', exact: false })).toContainText('vanwege onvoldoende financiering');
  await expect(page.getByText("Alleen beantwoorden als je bij vraag 3 'Financiering' hebt gekozen.")).toBeVisible();
  await expect(page.getByText("Alleen beantwoorden als je bij vraag 1 'Ja' hebt gekozen.")).toHaveCount(6);
  await expect(page.getByText('Kies maximaal drie.')).toHaveCount(2);
  await expect(page.getByText("'Geen knelpunten' kies je alleen, zonder andere antwoorden.")).toBeVisible();
  await expect(page.getByText('Aantal (uur per week):')).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Vraag \d+/ })).toHaveCount(9);
});
