import type { Locator, Page } from '@playwright/test';
import { QuestionnairePage, questions } from '../support/questionnaire-page';
import { expect, test } from '../support/open-edition';

/** The options printed in the questionnaire's lists (not the question items around them). */
const printedOptions = (page: Page) => page.getByRole('listitem').filter({ hasNot: page.getByRole('list') });

test("the printable version shows the library's answers once it has started, and the empty questionnaire stays a link away", async ({
  page,
  opened,
}) => {
  const form = new QuestionnairePage(page, opened);
  await form.open('?pagina=1');
  const withAnswers = page.getByRole('link', { name: 'Afdrukken met jullie antwoorden' });
  const empty = page.getByRole('link', { name: 'Lege vragenlijst afdrukken' });
  // Nothing answered yet: only the questionnaire to prepare with.
  await expect(empty).toBeVisible();
  await expect(withAnswers).toHaveCount(0);

  await form.saving(() => form.radio(questions.filter, 'Ja').check());
  await expect(withAnswers).toBeVisible();
  const { version } = await form.stored();
  const saved = await page.request.put(form.apiPath, {
    data: {
      version,
      answers: {
        VO_SAMENWERKING: 'JA',
        TEVREDEN: ['EXPERTISE_BIBLIOTHEEK'],
        KNELPUNTEN: ['PERSONELE_BEZETTING', 'ANDERS'],
        KNELPUNTEN__other: 'Vervoer van klassen',
        UREN_PER_WEEK: 12.5,
        TOELICHTING: 'Dank je wel',
      },
    },
  });
  expect(saved.status()).toBe(200);

  await withAnswers.click();
  await expect(page).toHaveURL(new RegExp(`/r/${opened.token}/afdrukken$`));
  await expect(page.getByText('Met de antwoorden van jouw bibliotheek zoals ze nu zijn opgeslagen')).toBeVisible();
  await expect(printedOptions(page).filter({ hasText: '(gekozen)' })).toHaveText([
    'Ja (gekozen)',
    'Expertise binnen de bibliotheek (gekozen)',
    'Personele bezetting (gekozen)',
    'Anders, namelijk ... (gekozen) Vervoer van klassen',
  ]);
  await expect(page.getByText('Aantal (uur per week): 12,5')).toBeVisible();
  await expect(page.getByText('Dank je wel')).toBeVisible();

  // The empty version, from the printed answers as from the form.
  await page.getByRole('link', { name: 'Lege vragenlijst afdrukken' }).click();
  await expect(page).toHaveURL(/\/afdrukken\?leeg=1$/);
  await expect(page.getByText('Met deze versie kun je de antwoorden eerst op papier voorbereiden')).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Vraag \d+/ })).toHaveCount(9);
  await expect(printedOptions(page).filter({ hasText: '(gekozen)' })).toHaveCount(0);
  await expect(page.getByText('Vervoer van klassen')).toHaveCount(0);

  await form.open('?pagina=1');
  await expect(empty).toHaveAttribute('href', `/r/${opened.token}/afdrukken?leeg=1`);
});

/** The tops of an element's box and of the first line of its text, and whether the text starts right of the box. */
async function boxAndText(item: Locator) {
  return item.evaluate((li) => {
    const box = li.querySelector('.box')!.getBoundingClientRect();
    const walker = document.createTreeWalker(li, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.textContent!.trim() ? 1 : 2) });
    const range = document.createRange();
    range.selectNodeContents(walker.nextNode()!);
    const firstLine = range.getClientRects()[0];
    return {
      boxTop: box.top,
      boxBottom: box.bottom,
      boxRight: box.right,
      textTop: firstLine.top,
      textBottom: firstLine.bottom,
      textLeft: firstLine.left,
    };
  });
}

test('on a 320 px phone a long option label stays beside its box, printed and in the form', async ({ page, opened }) => {
  await page.setViewportSize({ width: 320, height: 720 });
  const form = new QuestionnairePage(page, opened);
  await page.goto(`${form.path}/afdrukken?leeg=1`);
  const long = printedOptions(page).filter({ hasText: 'Resultaten op het gebied van mediawijsheid en informatievaardigheden' });
  const printed = await boxAndText(long);
  // The label wraps (it is longer than the line), but its first line sits on the box's line, to its right.
  expect(printed.textLeft).toBeGreaterThanOrEqual(printed.boxRight);
  expect(printed.textTop).toBeLessThan(printed.boxBottom);
  expect(printed.textBottom).toBeGreaterThan(printed.boxTop);

  await form.open('?pagina=1');
  await form.radio(questions.filter, 'Ja').check();
  await form.next();
  const box = form.choice(questions.satisfaction, 'Resultaten op het gebied van mediawijsheid en informatievaardigheden');
  const label = page.locator(`label[for="${await box.getAttribute('id')}"]`);
  const [boxRect, labelRect] = [(await box.boundingBox())!, (await label.boundingBox())!];
  expect(labelRect.x).toBeGreaterThanOrEqual(boxRect.x + boxRect.width);
  expect(labelRect.y).toBeLessThan(boxRect.y + boxRect.height);
});
