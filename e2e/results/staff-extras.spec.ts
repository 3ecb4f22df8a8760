import fs from 'node:fs';
import { signInAs } from '../support/auth';
import { expect, test } from '../support/editions';
import { inviteNewLibraries } from '../support/libraries';
import { ResultsPage } from './results-page';

/**
 * Issue 12, item 12: the staff pages' loose ends. A 404 under /admin keeps the
 * staff menu, the site has a favicon, the results page prints, counts of one
 * read in the singular, the previous year's column does not repeat its year
 * in every cell, and the downloaded chart stands on its own.
 */

const KNELPUNTEN = 'Wat zijn de drie meest voorkomende knelpunten bij de samenwerking met het voortgezet onderwijs?';

test('a page that does not exist under /admin keeps the staff menu', async ({ page }) => {
  await signInAs(page, 'admin');
  for (const path of ['/admin/bestaat-niet', '/admin/editions/1999-2000']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeVisible();
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await expect(menu.getByRole('link', { name: 'Overzicht' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
  }
});

test('the site has a favicon', async ({ request }) => {
  const response = await request.get('/favicon.ico');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^image\//);
  expect((await response.body()).length).toBeGreaterThan(0);
});

test('the results page has a print button, and prints without menu, filter or buttons', async ({ page }) => {
  await signInAs(page, 'coordinator', '/admin/editions/2022-2023/results');
  // The browser's print dialog cannot be driven: count the calls instead.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  const print = page.getByRole('button', { name: 'Afdrukken' });
  await print.click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  await expect(print).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Toepassen' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Grafiek downloaden (SVG)' }).first()).toBeHidden();
  // One chart per question on paper, at the page's width.
  const section = new ResultsPage(page).question(KNELPUNTEN);
  await expect(section.getByRole('img')).toHaveCount(1);
});

test('the previous year heads its column once: its cells hold only the percentage', async ({ page }) => {
  await signInAs(page, 'coordinator', '/admin/editions/2022-2023/results');
  const results = new ResultsPage(page);
  const section = results.question(KNELPUNTEN);
  await expect(section.getByRole('columnheader', { name: '2021-2022' })).toBeVisible();
  // The third cell of each row: a percentage, or a dash for an option last year did not have.
  const previous = await section
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader') })
    .evaluateAll((rows) => rows.map((row) => row.querySelectorAll('td')[2]?.textContent?.trim()));
  expect(previous.length).toBeGreaterThan(2);
  for (const cell of previous) expect(cell).toMatch(/^(\d+%|–)$/);
  expect(previous.some((cell) => cell !== '–')).toBe(true);
});

test('a count of one library is written in the singular', async ({ page, openConcept: concept, request }) => {
  test.setTimeout(120_000);
  // Five libraries: enough for figures; one of them writes an explanation.
  const tokens = inviteNewLibraries(concept, 5).map((l) => l.token);
  for (const [i, token] of tokens.entries()) {
    const answers = { VO_SAMENWERKING: 'NEE', ...(i === 0 ? { TOELICHTING: 'Alleen wij schreven iets.' } : {}) };
    const sent = await request.put(`/api/v1/responses/${token}`, { data: { answers, submit: true, version: 0 } });
    expect(sent.status(), await sent.text()).toBe(200);
  }

  await signInAs(page, 'coordinator', `/admin/editions/${concept}/results`);
  await expect(page.getByText('1 bibliotheek gaf een toelichting.')).toBeVisible();
  await expect(page.getByText(/\b1 bibliotheken\b/)).toHaveCount(0);
});

/** The words a reader sees in an SVG file: its text elements, not its tooltips. */
function visibleText(svg: string): string {
  return svg
    .replace(/<title[^>]*>[\s\S]*?<\/title>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

test('the downloaded chart carries its question, its N and a legend', async ({ page }) => {
  await signInAs(page, 'coordinator', '/admin/editions/2022-2023/results');
  const results = new ResultsPage(page);
  const section = results.question(KNELPUNTEN);
  const n = await results.baseN(section);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('link', { name: 'Grafiek downloaden (SVG)' }).click(),
  ]);
  const svg = fs.readFileSync((await download.path())!, 'utf8');
  const words = visibleText(svg);
  expect(words).toContain(KNELPUNTEN);
  expect(words).toContain(`N: ${n}`);
  // The legend names the bars (this edition) and the marks (the previous one).
  expect(words).toContain('2022-2023');
  expect(words).toContain('2021-2022');
});
