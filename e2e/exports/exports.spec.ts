import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { signInAs } from '../support/auth';
import { expect, test } from '../support/monitoring';
import { completeAnswers } from '../support/questionnaire-page';

const otherText = '=1+1, "quotes" en café';

test('an admin downloads the answers as CSV and XLSX from the export page and reads the codebook', async ({ page, request, monitored }) => {
  const { edition, libraries } = monitored;
  const [first, second, third] = libraries;
  const send = async (token: string, answers: Record<string, unknown>, submit = true) => {
    const response = await request.put(`/api/v1/responses/${token}`, { data: { answers, submit } });
    expect(response.status(), await response.text()).toBe(200);
  };
  await send(first.token, { ...completeAnswers, KNELPUNTEN__other: otherText });
  await send(second.token, { VO_SAMENWERKING: 'NEE' });
  await send(third.token, { VO_SAMENWERKING: 'JA' }, false);

  await signInAs(page, 'admin', `/admin/editions/${edition}`);
  await page.getByRole('link', { name: 'Antwoorden exporteren voor Excel, SPSS of R, met codeboek' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Antwoorden exporteren ${edition}` })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // CSV with codes, submitted only.
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Downloaden' }).click()]);
  expect(csvDownload.suggestedFilename()).toMatch(new RegExp(`^enquete-${edition}-antwoorden-\\d{8}\\.csv$`));
  const text = fs.readFileSync((await csvDownload.path())!, 'utf8');
  const rows = parse(text, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
  expect(rows.map((r) => r.library).sort()).toEqual([first.name, second.name].sort());
  const answered = rows.find((r) => r.library === first.name)!;
  expect(answered).toMatchObject({
    VO_SAMENWERKING: 'JA',
    KNELPUNTEN_FINANCIERING: '1',
    KNELPUNTEN_BORGING: '0',
    KNELPUNTEN_ANDERS_TEXT: `'${otherText}`,
    UREN_PER_WEEK: '12,5',
  });
  const hidden = rows.find((r) => r.library === second.name)!;
  expect(hidden).toMatchObject({ VO_SAMENWERKING: 'NEE', KNELPUNTEN_FINANCIERING: '-1', UREN_PER_WEEK: '-1', TOELICHTING: '-9' });

  // XLSX with labels and drafts.
  await page.getByLabel('Excel (XLSX) met codeboek en resultaten').check();
  await page.getByLabel('Teksten (bijvoorbeeld Ja)').check();
  await page.getByLabel('Ook antwoorden die nog niet zijn verstuurd (met hun status)').check();
  const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Downloaden' }).click()]);
  expect(xlsxDownload.suggestedFilename()).toMatch(/-met-concepten-\d{8}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await xlsxDownload.path())!);
  expect(workbook.worksheets.map((s) => s.name)).toEqual(['Antwoorden', 'Codeboek', 'Resultaten']);
  const data = workbook.getWorksheet('Antwoorden')!;
  expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(data.rowCount).toBe(4);
  const header = (data.getRow(1).values as unknown[]).slice(1);
  const cell = (name: string, library: string) => {
    const row = [2, 3, 4].find((r) => data.getRow(r).getCell(header.indexOf('library') + 1).value === library)!;
    return data.getRow(row).getCell(header.indexOf(name) + 1).value;
  };
  expect(cell('VO_SAMENWERKING', first.name)).toBe('Ja');
  expect(cell('UREN_PER_WEEK', first.name)).toBe(12.5);
  expect(cell('KNELPUNTEN_FINANCIERING', second.name)).toBe(-1);
  expect(cell('status', third.name)).toBe('niet verstuurd');
  expect(cell('KNELPUNTEN_FINANCIERING', third.name)).toBe(-9);

  // The codebook.
  await page.getByRole('link', { name: 'Codeboek bekijken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Codeboek ${edition}` })).toBeVisible();
  const knelpunten = page.getByRole('region', { name: /^Vraag KNELPUNTEN:/ });
  await expect(knelpunten).toContainText("alleen gevraagd als bij VO_SAMENWERKING 'Ja' is gekozen");
  await expect(knelpunten.getByRole('cell', { name: 'KNELPUNTEN_GEEN_KNELPUNTEN' })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // Each download is in the audit log, with its format and rows.
  const log = await page.request.get('/api/v1/audit-log?action=export.downloaded');
  const entries = ((await log.json()).entries as { target: string; details: { format: string; rows: number } }[]).filter(
    (e) => e.target === `edition:${edition}`,
  );
  expect(entries.map((e) => [e.details.format, e.details.rows]).sort()).toEqual([
    ['csv', 2],
    ['xlsx', 3],
  ]);
});

test('an admin downloads the results tables, which keep the minimum group size, and the API refuses unknown options', async ({
  page,
  request,
  monitored,
}) => {
  const { edition, libraries } = monitored;
  const answers = await request.put(`/api/v1/responses/${libraries[0].token}`, { data: { answers: completeAnswers, submit: true } });
  expect(answers.status()).toBe(200);
  await signInAs(page, 'admin', `/admin/editions/${edition}/export`);
  await page.getByLabel('Resultaattabellen (CSV): de cijfers van de resultatenpagina').check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Downloaden' }).click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^enquete-${edition}-resultaten-\\d{8}\\.csv$`));
  // One response is fewer than the results page's minimum: no figures, a line that says why.
  const text = fs.readFileSync((await download.path())!, 'utf8');
  expect(text).toContain('Te weinig antwoorden om te tonen');
  expect(text).not.toContain('VO_SAMENWERKING');

  const xlsx = await page.request.get(`/api/v1/editions/${edition}/export?format=results-xlsx`);
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()['content-disposition']).toMatch(/-resultaten-\d{8}\.xlsx"$/);
  const refused = await page.request.get(`/api/v1/editions/${edition}/export?format=results&labels=ja`);
  expect(refused.status()).toBe(400);
  expect((await refused.json()).error).toContain('Kies een bestandsformaat');
});

test('coordinators get 403 on the export page, its download and the API', async ({ page, monitored }) => {
  await signInAs(page, 'coordinator', '/admin');
  const pageResponse = await page.goto(`/admin/editions/${monitored.edition}/export`);
  expect(pageResponse?.status()).toBe(403);
  expect((await page.request.get(`/admin/editions/${monitored.edition}/export/download?format=csv`)).status()).toBe(403);
  expect((await page.request.get(`/api/v1/editions/${monitored.edition}/export?format=csv`)).status()).toBe(403);
  expect((await page.request.get(`/api/v1/editions/${monitored.edition}/export?format=results-csv`)).status()).toBe(403);
});

test('the export page reads at 320 px', async ({ page, monitored }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await signInAs(page, 'admin', `/admin/editions/${monitored.edition}/export`);
  await expect(page.getByRole('button', { name: 'Downloaden' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
