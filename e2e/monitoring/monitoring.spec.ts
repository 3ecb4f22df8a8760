import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { signInAs } from '../support/auth';
import { expect, test } from '../support/monitoring';
import { completeAnswers } from '../support/questionnaire-page';

// Each figure (a dd) is labelled by its term (aria-labelledby).
const figure = (page: import('@playwright/test').Page, name: string) =>
  page.getByTestId('headline-figures').getByLabel(name, { exact: true });

test('a coordinator follows the response: figures, a status filter, the CSV for phoning, and live updates when a library submits', async ({
  page,
  request,
  monitored,
}) => {
  const { edition, libraries } = monitored;
  const [notOpened, opened, started, submitting] = libraries;
  // One library reads its link (the questionnaire's GET), one saves a draft.
  expect((await request.get(`/api/v1/responses/${opened.token}`)).status()).toBe(200);
  const draft = await request.put(`/api/v1/responses/${started.token}`, { data: { answers: { VO_SAMENWERKING: 'JA' }, submit: false } });
  expect(draft.status(), await draft.text()).toBe(200);
  // One opens its page in a browser: opening the page alone counts.
  expect((await request.get(`/r/${submitting.token}`)).status()).toBe(200);

  await signInAs(page, 'coordinator', '/admin');
  await page.getByRole('link', { name: `Respons ${edition}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Respons ${edition}` })).toBeVisible();
  await expect(figure(page, 'Uitgenodigd')).toHaveText('4');
  await expect(figure(page, 'Niet geopend')).toHaveText(/^1 van 4 uitgenodigd$/);
  await expect(figure(page, 'Geopend, niets opgeslagen')).toHaveText(/^2 van 4/);
  await expect(figure(page, 'Begonnen, nog niet verstuurd')).toHaveText(/^1 van 4/);
  await expect(figure(page, 'Verstuurd')).toHaveText(/^0 van 4/);
  await expect(figure(page, 'Respons')).toHaveText('0% 0 van 4 verstuurd');
  await expect(page.getByText('nog 30 dagen tot de sluiting')).toBeVisible();

  // Only the libraries that have not opened their link.
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Niet geopend' });
  await page.getByRole('button', { name: 'Toepassen' }).click();
  await page.waitForURL(/status=not_opened/);
  const rows = page.getByRole('table', { name: 'Bibliotheken met hun status' }).getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText(notOpened.name);
  await expect(rows.nth(1)).toContainText(notOpened.email);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download als CSV (met de filters)' }).click(),
  ]);
  const text = fs.readFileSync((await download.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const csv = parse(text.slice(1), { delimiter: ';', columns: true }) as Record<string, string>[];
  expect(csv.map((r) => [r.naam, r.provincie, r['e-mailadres'], r.status, r.herinneringen])).toEqual([
    [notOpened.name, 'Drenthe', notOpened.email, 'Niet geopend', '0'],
  ]);

  // Back to every library; then one sends its answers while the page stays open.
  await page.getByRole('link', { name: 'Filters wissen' }).click();
  await expect(rows).toHaveCount(5);
  const submittingRow = page.getByRole('row', { name: new RegExp(submitting.name) });
  await expect(submittingRow).toContainText('Geopend');
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
  const sent = await request.put(`/api/v1/responses/${submitting.token}`, { data: { answers: completeAnswers, submit: true } });
  expect(sent.status(), await sent.text()).toBe(200);
  await expect(figure(page, 'Verstuurd')).toHaveText(/^1 van 4/, { timeout: 30_000 });
  await expect(figure(page, 'Respons')).toHaveText('25% 1 van 4 verstuurd');
  await expect(submittingRow).toContainText('Verstuurd');
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

  // The API gives the same figures.
  const api = await page.request.get(`/api/v1/editions/${edition}/monitoring`);
  expect(api.status()).toBe(200);
  const document = await api.json();
  expect(document.totals).toEqual({ invited: 4, notOpened: 1, opened: 1, started: 1, submitted: 1, responseRate: 25 });
  expect(document.libraries.find((l: { name: string }) => l.name === started.name)).toMatchObject({
    status: 'started',
    email: started.email,
    remindersSent: 0,
  });
});

test('the page reads at 320 px: figures, groups and the library list, with a timeline and a link on request', async ({
  page,
  monitored,
}) => {
  const { edition, libraries } = monitored;
  await page.setViewportSize({ width: 320, height: 800 });
  await signInAs(page, 'coordinator', `/admin/editions/${edition}/respons`);
  await expect(figure(page, 'Uitgenodigd')).toHaveText('4');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  // Sorting the groups goes through the URL.
  await page.getByRole('link', { name: 'Sorteren op Respons' }).first().click();
  await page.waitForURL(/sort=responseRate/);
  await expect(page.getByRole('columnheader', { name: 'Sorteren op Respons' }).first()).toHaveAttribute('aria-sort', 'descending');

  const row = page.getByRole('row', { name: new RegExp(libraries[0].name) });
  await row.getByText('Tijdlijn').click();
  await expect(row.getByText('Link gemaakt')).toBeVisible();
  await row.getByRole('button', { name: `Link van ${libraries[0].name} tonen` }).click();
  await expect(row.getByTestId('invitation-link')).toHaveText(new RegExp(`/r/${libraries[0].token}$`));

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
