import { expect, test } from '@playwright/test';
import { inviteNewLibraries } from '../support/libraries';
import { QuestionnairePage, questions } from '../support/questionnaire-page';

// Before its JavaScript has loaded (or without it) the questionnaire is an
// ordinary HTML form: each page posts, the server saves and answers with the next page.
test.use({ javaScriptEnabled: false });

test('without JavaScript a library fills in every page, sees errors from the server, checks its answers and sends them', async ({
  page,
}) => {
  const [library] = inviteNewLibraries('2022-2023', 1);
  const form = new QuestionnairePage(page, library);
  await form.open('?pagina=1');

  // Nothing chosen: the server says what is missing, on the same page.
  await form.next();
  await expect(form.heading).toHaveText('Samenwerking');
  await expect(form.errorSummary).toBeVisible();
  await expect(form.errorSummary.getByRole('link')).toHaveCount(1);

  await form.radio(questions.filter, 'Ja').check();
  await form.next();
  await expect(form.heading).toHaveText('Successen en knelpunten');
  await expect(page).toHaveURL(/\?pagina=2$/);
  expect(await form.stored()).toMatchObject({ status: 'draft', answers: { VO_SAMENWERKING: 'JA' } });

  // Choosing "Financiering" asks a follow-up on this page: the page comes back with it, no errors yet.
  await form.choice(questions.satisfaction, 'Expertise binnen de bibliotheek').check();
  await form.choice(questions.bottlenecks, 'Financiering').check();
  await form.next();
  await expect(form.heading).toHaveText('Successen en knelpunten');
  await expect(form.errorSummary).toHaveCount(0);
  await expect(form.choice(questions.satisfaction, 'Expertise binnen de bibliotheek')).toBeChecked();
  await form.radio(questions.followUp, 'Nee').check();
  await form.next();
  await expect(form.heading).toHaveText('Inzet en bereik');

  // An invalid number: refused with the Dutch message, what was typed kept, the rest saved.
  await form.radio(questions.staffHours, 'Toegenomen').check();
  await form.field(/Hoeveel uur per week/).fill('veel');
  await form.next();
  await expect(form.heading).toHaveText('Inzet en bereik');
  await expect(form.errorSummary).toContainText('Vul het aantal uur per week in als een getal');
  await expect(form.field(/Hoeveel uur per week/)).toHaveValue('veel');
  expect((await form.stored()).answers).toMatchObject({ PERSONEELSUREN_ONTWIKKELING: 'TOEGENOMEN' });
  await form.field(/Hoeveel uur per week/).fill('12,5');
  await form.next();
  await expect(form.heading).toHaveText('Afronding');

  // Vorige goes back without checking.
  await form.previous();
  await expect(form.heading).toHaveText('Inzet en bereik');
  await expect(form.field(/Hoeveel uur per week/)).toHaveValue('12,5');
  await form.next();
  await form.field(/Wil je nog iets toelichten/).fill('Zonder JavaScript');
  await form.next();

  await expect(form.heading).toHaveText('Controleer je antwoorden');
  await expect(page.getByRole('region', { name: 'Inzet en bereik' })).toContainText('12,5 uur per week');
  await form.submitButton.click();
  await expect(form.heading).toHaveText('Bedankt!');
  expect(await form.stored()).toMatchObject({
    status: 'submitted',
    answers: {
      VO_SAMENWERKING: 'JA',
      TEVREDEN: ['EXPERTISE_BIBLIOTHEEK'],
      KNELPUNTEN: ['FINANCIERING'],
      FINANCIERING_MINDER_SCHOLEN: 'NEE',
      PERSONEELSUREN_ONTWIKKELING: 'TOEGENOMEN',
      UREN_PER_WEEK: 12.5,
      TOELICHTING: 'Zonder JavaScript',
    },
  });

  // Changing the sent answers works without JavaScript too: the form opens on step 1 with them.
  await page.getByRole('button', { name: 'Antwoorden wijzigen' }).click();
  await expect(form.heading).toHaveText('Samenwerking');
  await expect(form.radio(questions.filter, 'Ja')).toBeChecked();
});

test('without JavaScript a save over a version someone else saved meanwhile is refused and shows the current answers', async ({
  browser,
}) => {
  const [library] = inviteNewLibraries('2022-2023', 1);
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const form = new QuestionnairePage(await context.newPage(), library);
    await form.open('?pagina=1');
    // Someone else saves through the API after this page was rendered.
    const other = await form.page.request.put(form.apiPath, { data: { answers: { VO_SAMENWERKING: 'NEE' }, version: 0 } });
    expect(other.status()).toBe(200);
    await form.radio(questions.filter, 'Ja').check();
    await form.next();
    await expect(form.page.getByRole('alert').filter({ hasText: 'Iemand anders heeft intussen antwoorden opgeslagen' })).toBeVisible();
    await expect(form.radio(questions.filter, 'Nee')).toBeChecked();
    expect((await form.stored()).answers).toEqual({ VO_SAMENWERKING: 'NEE' });
  } finally {
    await context.close();
  }
});
