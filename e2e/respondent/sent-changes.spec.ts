import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../support/open-edition';
import { questions } from '../support/questionnaire-page';

test('changes to a sent questionnaire can be thrown away, which brings back every sent answer', async ({ page, form, sent: answers }) => {
  // A library of an edition of its own that sent its answers: no other test reads or changes them.
  const sent = await form.stored();
  expect(sent).toMatchObject({ status: 'submitted', pendingChanges: false, answers, submittedAnswers: answers });

  await form.open();
  await expect(form.heading).toHaveText('Bedankt!');
  await page.getByRole('button', { name: 'Antwoorden wijzigen' }).click();
  // The first answer flipped: the questions behind it are cleared.
  const other = 'Nee';
  await form.saving(() => form.radio(questions.filter, other).check());
  const changed = await form.stored();
  expect(changed).toMatchObject({
    status: 'submitted',
    pendingChanges: true,
    submittedAnswers: sent.answers,
    submittedAt: sent.submittedAt,
  });
  expect(changed.answers).not.toEqual(sent.answers);

  // After a reload the form is back with the change, and says what counts.
  await page.reload();
  const state = page.getByRole('region', { name: /^Verstuurd op / });
  await expect(state).toContainText('Je hebt wijzigingen die nog niet zijn verstuurd');
  await expect(form.radio(questions.filter, other)).toBeChecked();
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // Throwing the changes away takes a second click; changing one's mind keeps them.
  const discard = state.getByRole('button', { name: 'Wijzigingen weggooien' });
  await discard.click();
  const confirm = state.getByRole('button', { name: 'Ja, wijzigingen weggooien' });
  await expect(confirm).toBeFocused();
  await state.getByRole('button', { name: 'Nee, verder met wijzigen' }).click();
  await expect(discard).toBeFocused();
  expect((await form.stored()).pendingChanges).toBe(true);

  await discard.click();
  await confirm.click();
  await expect(form.heading).toHaveText('Bedankt!');
  await expect(form.heading).toBeFocused();
  expect(await form.stored()).toMatchObject({
    status: 'submitted',
    pendingChanges: false,
    answers: sent.answers,
    submittedAt: sent.submittedAt,
  });
  await page.reload();
  await expect(form.heading).toHaveText('Bedankt!');
});
