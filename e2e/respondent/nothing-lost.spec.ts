import { expect, test } from '@playwright/test';
import { notStartedLink } from '../support/links';
import { QuestionnairePage, questions } from '../support/questionnaire-page';

// The autosave waits a moment after each change; leaving within that moment must lose nothing.

test('an answer given just before a reload is still there after it', async ({ page }) => {
  const form = new QuestionnairePage(page, notStartedLink(31));
  await form.open();
  await expect(page.getByRole('button', { name: 'Volgende' })).toBeEnabled();
  await form.radio(questions.filter, 'Ja').check();
  await page.reload();
  await expect(form.radio(questions.filter, 'Ja')).toBeChecked();
  expect((await form.stored()).answers).toEqual({ VO_SAMENWERKING: 'JA' });
});

test('an answer given just before the tab is closed reaches another device with the same link', async ({ browser }) => {
  const link = notStartedLink(32);
  const laptop = await browser.newContext();
  const first = new QuestionnairePage(await laptop.newPage(), link);
  await first.open();
  await expect(first.page.getByRole('button', { name: 'Volgende' })).toBeEnabled();
  await first.radio(questions.filter, 'Nee').check();
  await first.page.close({ runBeforeUnload: true });

  const phone = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const second = new QuestionnairePage(await phone.newPage(), link);
  await expect.poll(async () => (await second.stored()).answers).toEqual({ VO_SAMENWERKING: 'NEE' });
  await second.open();
  await expect(second.radio(questions.filter, 'Nee')).toBeChecked();
  await laptop.close();
  await phone.close();
});
