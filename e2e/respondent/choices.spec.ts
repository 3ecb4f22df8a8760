import type { QuestionnairePage } from '../support/questionnaire-page';
import { questions } from '../support/questionnaire-page';
import { announcements, comesBefore, expect, expectNoAxeViolations, indentOf, test } from '../support/choices';

// Issue 12, items 2-4: the limit of three choices, the exclusive option and
// the questions (and "Anders" texts) an answer reveals, as GOV.UK shows them.

async function toChoicesPage(form: QuestionnairePage) {
  await form.open();
  await form.radio(questions.filter, 'Ja').check();
  await form.next();
  await expect(form.heading).toHaveText('Successen en knelpunten');
}

test('the limit and a live count stand between the question and its options; at the limit the rest is unavailable and says why', async ({
  form,
  page,
}) => {
  await toChoicesPage(form);
  const satisfaction = form.question(questions.satisfaction);
  const rule = satisfaction.getByText('Kies maximaal drie antwoorden.', { exact: true });
  const count = satisfaction.getByText(/^\d van 3 gekozen/);
  const first = form.choice(questions.satisfaction, 'Goed verlopende samenwerking met scholen');
  await expect(rule).toBeVisible();
  await expect(count).toHaveText('0 van 3 gekozen');
  await expect(count).toHaveAttribute('aria-live', 'polite');
  expect(await comesBefore(satisfaction.getByText(/Met welke drie elementen/), rule)).toBe(true);
  expect(await comesBefore(count, first)).toBe(true);
  // The question is described by its rule, so a screen reader says it on entering the group.
  await expect(satisfaction).toHaveAccessibleDescription(/Kies maximaal drie antwoorden\./);
  // One way of writing the maximum in sentences: in words, as the question itself does ("Met welke drie ..."); only the counter uses figures.
  await expect(page.getByText(/maximaal 3\b/i)).toHaveCount(0);

  await form.choice(questions.satisfaction, 'Expertise binnen de bibliotheek').check();
  await expect(count).toHaveText('1 van 3 gekozen');
  await form.choice(questions.satisfaction, 'Aansluiting van het aanbod op het curriculum').check();
  await expect(count).toHaveText('2 van 3 gekozen');
  await expect(satisfaction.getByText(/Haal eerst een vinkje weg/)).toHaveCount(0);
  await form.choice(questions.satisfaction, 'Resultaten op het gebied van leesbevordering').check();
  await expect(count).toHaveText('3 van 3 gekozen. Haal eerst een vinkje weg om een ander antwoord te kiezen.');

  // The boxes not chosen look unavailable and tell a screen reader why; ticking one does nothing.
  const fourth = form.choice(questions.satisfaction, 'Voldoende financiering');
  await expect(fourth).toBeDisabled();
  await expect(fourth).toHaveAccessibleDescription(/Haal eerst een vinkje weg om een ander antwoord te kiezen/);
  await expect(satisfaction.getByText('Voldoende financiering', { exact: true })).toHaveCSS('cursor', 'not-allowed');
  await fourth.check({ force: true }).catch(() => undefined);
  await expect(fourth).not.toBeChecked();
  await expect(count).toHaveText(/^3 van 3 gekozen/);
  // The chosen ones stay available, to be unticked.
  await expect(form.choice(questions.satisfaction, 'Expertise binnen de bibliotheek')).toBeEnabled();

  await form.choice(questions.satisfaction, 'Expertise binnen de bibliotheek').uncheck();
  await expect(count).toHaveText('2 van 3 gekozen');
  await expect(fourth).toBeEnabled();
  await expect(fourth).not.toHaveAccessibleDescription(/Haal eerst/);
  await form.saving(() => fourth.check());
  expect((await form.stored()).answers.TEVREDEN).toEqual(['AANBOD_CURRICULUM', 'LEESBEVORDERING', 'FINANCIERING']);
});

test('"Geen knelpunten" follows an "of" and unticks the others, and another answer unticks it, each saying so', async ({ form }) => {
  await toChoicesPage(form);
  const bottlenecks = form.question(questions.bottlenecks);
  const none = form.choice(questions.bottlenecks, 'Geen knelpunten');
  const divider = bottlenecks.getByText('of', { exact: true });
  await expect(divider).toBeVisible();
  expect(await comesBefore(form.choice(questions.bottlenecks, 'Anders, namelijk ...'), divider)).toBe(true);
  expect(await comesBefore(divider, none)).toBe(true);

  // At the limit "Geen knelpunten" is still there to choose: it replaces the three.
  for (const label of ['Financiering', 'Borging van de samenwerking', 'Inpasbaarheid in het lesrooster']) {
    await form.choice(questions.bottlenecks, label).check();
  }
  await expect(form.question(questions.followUp)).toBeVisible();
  await expect(none).toBeEnabled();
  await form.saving(() => none.check());
  await expect(
    announcements(bottlenecks).filter({ hasText: "De andere antwoorden zijn weggehaald omdat je 'Geen knelpunten' koos." }),
  ).toHaveCount(1);
  for (const label of ['Financiering', 'Borging van de samenwerking', 'Inpasbaarheid in het lesrooster']) {
    await expect(form.choice(questions.bottlenecks, label)).not.toBeChecked();
    // Not shut behind a disabled box: any other answer can be chosen straight away.
    await expect(form.choice(questions.bottlenecks, label)).toBeEnabled();
  }
  await expect(form.question(questions.followUp)).toHaveCount(0);
  expect((await form.stored()).answers.KNELPUNTEN).toEqual(['GEEN_KNELPUNTEN']);

  await form.saving(() => form.choice(questions.bottlenecks, 'Borging van de samenwerking').check());
  await expect(none).not.toBeChecked();
  await expect(
    announcements(bottlenecks).filter({ hasText: "'Geen knelpunten' is weggehaald omdat je 'Borging van de samenwerking' koos." }),
  ).toHaveCount(1);
  await expect(announcements(bottlenecks).filter({ hasText: 'De andere antwoorden zijn weggehaald' })).toHaveCount(0);
  expect((await form.stored()).answers.KNELPUNTEN).toEqual(['BORGING']);
});

test('the financing follow-up opens right under "Financiering", indented, and its coming and going is announced', async ({ form }) => {
  await toChoicesPage(form);
  const bottlenecks = form.question(questions.bottlenecks);
  const financing = form.choice(questions.bottlenecks, 'Financiering');
  const nextOption = form.choice(questions.bottlenecks, 'Beleidsprioriteit bij de bibliotheek');
  const followUp = form.question(questions.followUp);

  await financing.check();
  await expect(followUp).toBeVisible();
  expect(await comesBefore(financing, followUp)).toBe(true);
  expect(await comesBefore(followUp, nextOption)).toBe(true);
  expect(await indentOf(followUp, financing)).toBeGreaterThanOrEqual(16);
  await expect(announcements(bottlenecks).filter({ hasText: "Er is een vraag bijgekomen onder 'Financiering'." })).toHaveCount(1);
  // The box names the part it opens.
  const controlled = await financing.getAttribute('aria-controls');
  expect(controlled).toBeTruthy();
  await expect(bottlenecks.locator(`[id="${controlled}"]`)).toContainText('vanwege onvoldoende financiering');

  await form.saving(() => form.radio(questions.followUp, 'Nee').check());
  await financing.uncheck();
  await expect(followUp).toHaveCount(0);
  await expect(announcements(bottlenecks).filter({ hasText: "De vraag onder 'Financiering' is weggehaald." })).toHaveCount(1);
});

test('the "Anders, namelijk ..." field opens right under its box and is named by it', async ({ form }) => {
  await toChoicesPage(form);
  const bottlenecks = form.question(questions.bottlenecks);
  const other = form.choice(questions.bottlenecks, 'Anders, namelijk ...');
  await expect(bottlenecks.getByRole('textbox')).toHaveCount(0);

  await other.check();
  const text = bottlenecks.getByRole('textbox', { name: 'Anders, namelijk ...', exact: true });
  await expect(text).toBeVisible();
  expect(await comesBefore(other, text)).toBe(true);
  expect(await comesBefore(text, bottlenecks.getByText('of', { exact: true }))).toBe(true);
  expect(await indentOf(text, other)).toBeGreaterThanOrEqual(16);
  await expect(other).toHaveAttribute('aria-controls', (await text.evaluate((el) => el.closest('[id]:not(input)')!.id)) as string);
  await form.saving(() => text.fill('Vervoer van klassen'));
  expect((await form.stored()).answers).toMatchObject({ KNELPUNTEN: ['ANDERS'], KNELPUNTEN__other: 'Vervoer van klassen' });

  await other.uncheck();
  await expect(bottlenecks.getByRole('textbox')).toHaveCount(0);
});

for (const viewport of [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 320, height: 640 },
]) {
  test(`the limit, the exclusive message, the follow-up and the "Anders" field pass axe on a ${viewport.name} (${viewport.width} px)`, async ({
    form,
    page,
  }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await toChoicesPage(form);
    for (const label of ['Expertise binnen de bibliotheek', 'Voldoende financiering', 'Anders, namelijk ...']) {
      await form.choice(questions.satisfaction, label).check();
    }
    await expect(form.question(questions.satisfaction).getByText(/^3 van 3 gekozen/)).toContainText('Haal eerst een vinkje weg');
    await expect(form.question(questions.satisfaction).getByRole('textbox', { name: 'Anders, namelijk ...' })).toBeVisible();
    await form.choice(questions.bottlenecks, 'Borging van de samenwerking').check();
    await form.choice(questions.bottlenecks, 'Geen knelpunten').check();
    await expect(
      announcements(form.question(questions.bottlenecks)).filter({ hasText: 'De andere antwoorden zijn weggehaald' }),
    ).toHaveCount(1);
    await expectNoAxeViolations(page, `${viewport.name}: limit reached, "Anders" open, "Geen knelpunten" chosen`);

    await form.choice(questions.bottlenecks, 'Financiering').check();
    await expect(form.question(questions.followUp)).toBeVisible();
    await form.next();
    await expect(form.errorSummary).toBeVisible();
    await expectNoAxeViolations(page, `${viewport.name}: follow-up open, with errors`);
  });
}
