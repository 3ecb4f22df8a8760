import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { auditLog } from '@/db/schema';
import { getEditionByCode } from '@/lib/editions/queries';
import { computeResultsForCode } from '@/lib/results/aggregate';
import { addResponse } from '@/tests/support/results-db';
import { exportFixture } from '@/tests/support/export-fixture';
import { exportDownload } from './download';
import { parseExportRequest } from './request';

const now = new Date('2026-12-01T10:00:00Z');

/** The fixture plus two submitted responses, so the whole edition has the results page's minimum of five. */
async function setup({ extra = 2 }: { extra?: number } = {}) {
  const { db, editionCode } = await exportFixture();
  const edition = getEditionByCode({ db, code: editionCode })!;
  for (let i = 0; i < extra; i++) addResponse(db, { editionId: edition.id, answers: { FILTER: 'NEE', AANTAL: 1 } as never });
  return { db, edition };
}

function download(db: Awaited<ReturnType<typeof setup>>['db'], edition: Awaited<ReturnType<typeof setup>>['edition'], query: string) {
  const parsed = parseExportRequest(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.message);
  return exportDownload({ db, edition, request: parsed.request, actor: { label: 'a@example.org' }, now });
}

async function csvRows(response: Response, delimiter = ';'): Promise<string[][]> {
  // Response.text() would drop the byte-order mark.
  const text = Buffer.from(await response.arrayBuffer()).toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return parse(text, { bom: true, delimiter, relax_column_count: true });
}

describe('results tables export', () => {
  it('gives the results page figures as CSV: per option the base, count, percentage and previous edition', async () => {
    const { db, edition } = await setup();
    const response = await download(db, edition, 'format=results-csv');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="enquete-2030-2031-resultaten-20261201.csv"');
    const rows = await csvRows(response);
    expect(rows[0].slice(0, 3)).toEqual(['Vraag', 'Vraagtekst', 'Basis']);
    expect(rows[0]).toHaveLength(8);
    const results = (await computeResultsForCode({ db, code: edition.code }))!;
    expect(results.suppressed).toBeNull();
    const filter = results.questions.find((q) => q.code === 'FILTER')!;
    for (const option of filter.options) {
      const row = rows.find((r) => r[0] === 'FILTER' && r[4] === option.label)!;
      expect(row[3]).toBe(String(filter.base.n));
      expect(row[5]).toBe(String(option.count));
      expect(row[6]).toBe(String(option.percent ?? '').replace('.', ','));
    }
    expect(rows.find((r) => r[0] === 'FILTER' && r[4] === 'Nee')![5]).toBe('3');
  });

  it('gives the same tables as XLSX, numbers as numbers', async () => {
    const { db, edition } = await setup();
    const response = await download(db, edition, 'format=results-xlsx');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="enquete-2030-2031-resultaten-20261201.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Resultaten']);
    const values = workbook.getWorksheet('Resultaten')!.getSheetValues().filter(Array.isArray) as unknown[][];
    const nee = values.find((row) => row[1] === 'FILTER' && row[5] === 'Nee')!;
    expect(nee[6]).toBe(3);
  });

  it('gives no figures for a group hidden because a province and a size class nearly coincide, and says so', async () => {
    const { db, edition } = await setup();
    // The large libraries all lie in Zeeland, which has 2 more: Zeeland − large would be those 2.
    for (const [province, sizeClass, n] of [
      ['Zeeland', 'large', 10],
      ['Zeeland', 'small', 2],
      ['Groningen', 'small', 6],
      ['Groningen', 'medium', 8],
    ] as const) {
      for (let i = 0; i < n; i++)
        addResponse(db, { editionId: edition.id, province, sizeClass, answers: { FILTER: 'NEE', AANTAL: 1 } as never });
    }
    const groups: Record<string, string[]>[] = [{ province: ['Zeeland'] }, { sizeClass: ['large'] }];
    const suppressed = await Promise.all(
      groups.map(async (filters) => (await computeResultsForCode({ db, code: edition.code, filters }))!.suppressed),
    );
    const hidden = groups
      .filter((_, i) => suppressed[i] === 'protectsDifference')
      .map((filters) => new URLSearchParams(Object.entries(filters).map(([name, [value]]) => [name, value])).toString());
    expect(hidden).not.toEqual([]);
    for (const query of hidden) {
      const cells = (await csvRows(await download(db, edition, `format=results-csv&${query}`))).flat();
      expect(cells.join(' ')).toMatch(
        /^.*Niet getoond, hoewel in deze groep 1\d vragenlijsten zijn verstuurd: provincies en grootteklassen vallen hier op minder dan 5 bibliotheken na samen/,
      );
      expect(cells).not.toContain('FILTER');
    }
  });

  it('gives no figures for a group below the minimum size, and says so', async () => {
    const { db, edition } = await setup();
    for (const format of ['results-csv', 'results-xlsx']) {
      const response = await download(db, edition, `format=${format}&province=Drenthe`);
      const cells =
        format === 'results-csv'
          ? (await csvRows(response)).flat()
          : (
              (await new ExcelJS.Workbook().xlsx.load(await response.arrayBuffer()))
                .getWorksheet('Resultaten')!
                .getSheetValues()
                .filter(Array.isArray) as unknown[][]
            ).flat();
      // The results page's own words for why.
      expect(cells.join(' ')).toContain(
        'Te weinig antwoorden om te tonen: in deze groep zijn 1 vragenlijsten verstuurd. Cijfers verschijnen vanaf 5',
      );
      expect(cells).not.toContain('FILTER');
      expect(cells.filter((c) => typeof c === 'number' || /^\d+$/.test(String(c)))).toEqual([]);
    }
  });

  it('records each results download in the audit log', async () => {
    const { db, edition } = await setup();
    await (await download(db, edition, 'format=results-csv&separator=comma')).text();
    const entries = await db.select().from(auditLog);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'export.downloaded', details: { format: 'results-csv', separator: 'comma', filters: {} } });
  });
});

describe('codebook download', () => {
  it('gives the codebook as a CSV file named for what it is', async () => {
    const { db, edition } = await setup({ extra: 0 });
    const response = await download(db, edition, 'format=codebook');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="enquete-2030-2031-codeboek-20261201.csv"');
    const rows = await csvRows(response);
    expect(rows[0][0]).toBe('Variabele');
    expect(rows.map((r) => r[0])).toEqual(expect.arrayContaining(['MULTI_NONE', 'MULTI_OTHER_TEXT', 'AANTAL']));
  });
});

describe('export parameters', () => {
  it('accepts exactly the documented formats, flags and separators', () => {
    for (const format of ['csv', 'xlsx', 'spss', 'r', 'codebook', 'results-csv', 'results-xlsx']) {
      expect(parseExportRequest(new URLSearchParams(`format=${format}`))).toMatchObject({ ok: true });
    }
    expect(parseExportRequest(new URLSearchParams('labels=1&drafts=1&separator=comma&sizeClass=small'))).toMatchObject({ ok: true });
    for (const query of [
      'format=results',
      'format=pdf',
      'labels=ja',
      'drafts=2',
      'separator=tab',
      'delimiter=comma',
      'province=Utrecht&sizeClass=small',
      'format=csv&format=xlsx',
      'labels=0&labels=1',
    ]) {
      const parsed = parseExportRequest(new URLSearchParams(query));
      expect(parsed, query).toMatchObject({ ok: false });
      if (!parsed.ok) expect(parsed.message).toMatch(/[a-z]/);
    }
  });
});
