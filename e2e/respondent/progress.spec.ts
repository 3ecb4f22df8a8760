import { expect, test } from '../support/open-edition';
import { QuestionnairePage, questions } from '../support/questionnaire-page';

test('the progress counts the pages the answers so far may bring: answering the filter question never moves it back', async ({
  page,
  opened,
}) => {
  const form = new QuestionnairePage(page, opened);
  await form.open();
  // Unanswered, the filter question may still bring its three pages.
  await form.expectStep(1, 4);
  await form.radio(questions.filter, 'Ja').check();
  await form.expectStep(1, 4);
  await form.radio(questions.filter, 'Nee').check();
  await form.expectStep(1, 2);
  await form.next();
  await form.expectStep(2, 2);
  await form.previous();
  await form.radio(questions.filter, 'Ja').check();
  await form.next();
  await form.expectStep(2, 4);
  await expect(form.heading).toHaveText('Successen en knelpunten');
});
