import { expect, test } from '@playwright/test';
import { notStartedLink } from '../support/links';
import { QuestionnairePage, questions } from '../support/questionnaire-page';

test('a raw PUT with four choices gets 422 per question and changes nothing', async ({ page }) => {
  const form = new QuestionnairePage(page, notStartedLink(4));
  await form.open();
  await form.radio(questions.filter, 'Ja').check();
  await form.next();
  await form.saving(() => form.choice(questions.satisfaction, 'Voldoende financiering').check());
  const before = await form.stored();

  const res = await page.request.put(form.apiPath, {
    data: {
      answers: {
        VO_SAMENWERKING: 'JA',
        TEVREDEN: ['SAMENWERKING_SCHOLEN', 'EXPERTISE_BIBLIOTHEEK', 'LEESBEVORDERING', 'MEDIAWIJSHEID'],
      },
      submit: false,
    },
  });
  expect(res.status()).toBe(422);
  expect((await res.json()).errors).toEqual([
    { question: 'TEVREDEN', message: 'Kies maximaal drie antwoorden bij wat goed ging in de samenwerking' },
  ]);

  const after = await form.stored();
  expect(after).toEqual(before);
  expect(after.answers).toEqual({ VO_SAMENWERKING: 'JA', TEVREDEN: ['FINANCIERING'] });
});

test('two people on one link: the later save gets the conflict message and the current answers', async ({ browser }) => {
  const link = notStartedLink(5);
  const first = await browser.newContext();
  const second = await browser.newContext();
  try {
    const a = new QuestionnairePage(await first.newPage(), link);
    const b = new QuestionnairePage(await second.newPage(), link);
    await a.open();
    await b.open();

    await a.saving(() => a.radio(questions.filter, 'Ja').check());
    const conflict = await b.saving(() => b.radio(questions.filter, 'Nee').check());
    expect(conflict.status()).toBe(409);

    await expect(b.page.getByRole('alert').filter({ hasText: 'Iemand anders heeft intussen antwoorden opgeslagen' })).toBeVisible();
    // The current answers are loaded instead of the second person's click.
    await expect(b.radio(questions.filter, 'Ja')).toBeChecked();
    await b.expectStep(1, 4);
    expect((await a.stored()).answers).toEqual({ VO_SAMENWERKING: 'JA' });

    // Having seen them, the second person can go on from the current version.
    await b.next();
    const saved = await b.saving(() => b.choice(questions.satisfaction, 'Expertise binnen de bibliotheek').check());
    expect(saved.status()).toBe(200);
  } finally {
    await first.close();
    await second.close();
  }
});
