import { expect, test, type Page } from '@playwright/test';
import { notStartedLink } from '../support/links';
import { QuestionnairePage, questions } from '../support/questionnaire-page';

test.use({ viewport: { width: 375, height: 800 } });

/** The focused element's id and whether it shows a focus ring. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement;
    const style = getComputedStyle(element);
    return { id: element.id, ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
  });
}

async function tabTo(page: Page, id: string) {
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    expect(now.ring, `focus ring on #${now.id}`).toBe(true);
    if (now.id === id) return;
  }
  throw new Error(`Tab never reached #${id}`);
}

test('a library answers by keyboard alone on a phone screen, with a visible focus ring on every stop', async ({ page }) => {
  const form = new QuestionnairePage(page, notStartedLink(30));
  await form.open();
  await expect(page.getByRole('button', { name: 'Volgende' })).toBeEnabled();

  // Radios: Space picks, the arrow keys move the choice.
  await tabTo(page, 'VO_SAMENWERKING-JA');
  await page.keyboard.press('Space');
  await expect(form.radio(questions.filter, 'Ja')).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await expect(form.radio(questions.filter, 'Nee')).toBeChecked();
  await page.keyboard.press('ArrowUp');
  await expect(form.radio(questions.filter, 'Ja')).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(form.heading).toHaveText('Successen en knelpunten');

  // Checkboxes: Space ticks; after three the rest of the question is unavailable and the note says why.
  for (const id of ['TEVREDEN-SAMENWERKING_SCHOLEN', 'TEVREDEN-EXPERTISE_BIBLIOTHEEK', 'TEVREDEN-LEESBEVORDERING']) {
    await tabTo(page, id);
    await page.keyboard.press('Space');
  }
  const satisfaction = form.question(questions.satisfaction);
  await expect(satisfaction.getByRole('checkbox', { checked: true })).toHaveCount(3);
  await expect(form.choice(questions.satisfaction, 'Voldoende financiering')).toBeDisabled();
  await expect(satisfaction.getByText(/Haal eerst een vinkje weg/)).toBeVisible();
  // The unavailable boxes stay in the Tab order, so that a screen reader hears why; Space there ticks nothing and says why.
  await page.keyboard.press('Tab');
  expect(await focused(page)).toEqual({ id: 'TEVREDEN-MEDIAWIJSHEID', ring: true });
  await page.keyboard.press('Space');
  await expect(satisfaction.getByRole('checkbox', { checked: true })).toHaveCount(3);
  await expect(satisfaction.getByRole('status').filter({ hasText: 'Je hebt al drie antwoorden gekozen.' })).toHaveCount(1);
  await tabTo(page, 'KNELPUNTEN-PERSONELE_BEZETTING');
  await form.saving(() => page.keyboard.press('Space'));

  // Nothing is wider than the phone screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  expect((await form.stored()).answers).toEqual({
    VO_SAMENWERKING: 'JA',
    TEVREDEN: ['SAMENWERKING_SCHOLEN', 'EXPERTISE_BIBLIOTHEEK', 'LEESBEVORDERING'],
    KNELPUNTEN: ['PERSONELE_BEZETTING'],
  });
});
