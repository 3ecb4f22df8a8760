import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signInAs } from './support/auth';
import { readDemoLinks } from './support/links';
import { routeRules } from './support/route-rules';

/**
 * WCAG 1.4.10 (reflow): at 320 CSS pixels nothing needs sideways scrolling
 * except data tables, which scroll inside a box of their own that a keyboard
 * can reach and a screen reader can name; charts fit the screen with labels
 * big enough to read. Every page is visited: the respondent's, the sign-in
 * page, and every staff page of the authorization matrix as an admin.
 */

test.use({ viewport: { width: 320, height: 640 } });

const edition = '2022-2023';

/** What a page does wrong at this width, in words; empty when it reflows. */
async function reflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) {
      // Name what sticks out, so a failure says where to look.
      const wide = [...document.body.querySelectorAll<HTMLElement>('*')]
        .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5 && !el.closest('.visually-hidden'))
        .filter((el) => {
          for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
            const overflow = getComputedStyle(p).overflowX;
            if (overflow !== 'visible') return false;
          }
          return true;
        })
        .slice(0, 3)
        .map(
          (el) =>
            `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : ''}`,
        );
      problems.push(`the page is ${root.scrollWidth}px wide in ${root.clientWidth}px (${wide.join(', ')})`);
    }
    // Cutting the overflow off is not reflowing it.
    for (const el of [root, document.body]) {
      const overflow = getComputedStyle(el).overflowX;
      if (overflow === 'hidden' || overflow === 'clip')
        problems.push(`${el.tagName.toLowerCase()} hides what sticks out (overflow-x: ${overflow})`);
    }
    for (const [i, table] of [...document.querySelectorAll('table')].entries()) {
      let box: HTMLElement | null = table.parentElement;
      while (box && box !== document.body && !['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) box = box.parentElement;
      const what = `table ${i + 1} (${table.caption?.textContent?.trim() || table.querySelector('th')?.textContent?.trim() || 'no caption'})`;
      if (!box || box === document.body) {
        problems.push(`${what} is not in a scroll box`);
        continue;
      }
      if (box.getAttribute('tabindex') !== '0') problems.push(`${what}: its scroll box cannot be reached by keyboard`);
      // A region: role="region", or a <section>, which is one when it has a name.
      const region = box.getAttribute('role') === 'region' || (box.tagName === 'SECTION' && !box.hasAttribute('role'));
      if (!region || !(box.getAttribute('aria-label') || box.getAttribute('aria-labelledby')))
        problems.push(`${what}: its scroll box is not a named region`);
      if (box.getBoundingClientRect().right > root.clientWidth + 0.5) problems.push(`${what}: its scroll box is wider than the screen`);
    }
    for (const [i, svg] of [...document.querySelectorAll<SVGSVGElement>('svg[role="img"]')].entries()) {
      const rect = svg.getBoundingClientRect();
      if (rect.width === 0) continue;
      const what = `chart ${i + 1} (${svg.querySelector('title')?.textContent?.slice(0, 40)})`;
      if (rect.right > root.clientWidth + 0.5 || rect.left < -0.5)
        problems.push(`${what} is ${Math.round(rect.width)}px wide and does not fit the screen`);
      const sizes = [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1));
      const smallest = Math.min(...sizes);
      if (sizes.length && smallest < 11) problems.push(`${what} has text ${smallest.toFixed(1)}px high`);
    }
    return problems;
  });
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

function linkOf(status: string, ofEdition = edition) {
  const link = readDemoLinks().find((l) => l.edition === ofEdition && l.status === status);
  if (!link) throw new Error(`no ${status} demo link in ${ofEdition}`);
  return link;
}

/** Every staff page of the authorization matrix, with the sample parameters the matrix uses. */
function staffPages(): string[] {
  return routeRules
    .filter((rule) => rule.kind === 'page' && rule.route.startsWith('/admin') && rule.expect.admin.status === 200)
    .map((rule) => rule.url.replaceAll('{edition}', edition));
}

test('every page reflows at 320 px: no sideways scrolling but inside named, focusable table boxes; charts fit', async ({ page }) => {
  // Dozens of pages, each with axe: the budget grows with the number of pages, not with the machine.
  const pages: { path: string; axe?: boolean }[] = [];
  const draft = linkOf('draft');
  const respondentPages = [
    { path: '/', axe: true },
    { path: '/login', axe: true },
    { path: '/bestaat-niet' },
    { path: `/r/${linkOf('not_started').token}`, axe: true },
    ...[1, 2, 3, 4].map((n) => ({ path: `/r/${draft.token}?pagina=${n}`, axe: n === 2 })),
    { path: `/r/${draft.token}/afdrukken`, axe: true },
    // The confirmation with the library's own answers.
    { path: `/r/${linkOf('submitted').token}`, axe: true },
  ];
  const closed = readDemoLinks().find((l) => l.edition !== edition);
  if (closed) respondentPages.push({ path: `/r/${closed.token}` });
  pages.push(...respondentPages);
  const staff = staffPages();
  test.setTimeout(30_000 + 8_000 * (pages.length + staff.length + 2));

  const problems: string[] = [];
  const check = async (path: string, axe = false) => {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(500);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    problems.push(...(await reflowProblems(page)).map((p) => `${path}: ${p}`));
    if (axe) problems.push(...(await axeViolations(page)).map((p) => `${path} axe ${p}`));
  };

  for (const { path, axe } of pages) await check(path, axe);

  await signInAs(page, 'admin');
  for (const path of staff) await check(path, /results|respons|codebook|\/admin$|editions$|libraries$|audit-log/.test(path));
  // The staff 404 and a concept edition (its editor can still change the structure).
  await check('/admin/bestaat-niet');
  const concept = await createConcept(page);
  await check(`/admin/editions/${concept}`);
  await check(`/admin/editions/${concept}/vragenlijst`, true);

  expect(problems).toEqual([]);
});

/** A concept edition copied from the open one, through the API as the signed-in admin. */
async function createConcept(page: Page): Promise<string> {
  const year = 2100 + Math.floor(Math.random() * 7000);
  const code = `${year}-${year + 1}`;
  const created = await page.request.post('/api/v1/editions', { data: { code, from: edition } });
  expect(created.status(), await created.text()).toBe(201);
  return code;
}
