import type { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { auditLog } from '@/db/schema';
import { getEditionByCode } from '@/lib/editions/queries';
import { computeEditionResults } from '@/lib/results/aggregate';
import { exportFixture, OTHER_TEXT } from '@/tests/support/export-fixture';
import { buildCodebook } from './codebook';
import { csvExport } from './csv';
import { exportDownload } from './download';
import { exportLayout } from './layout';
import { measureSelection, readResponses, type ExportSelection } from './read';
import { parseExportRequest } from './request';
import { xlsxExport } from './xlsx';

async function bytes(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

async function setup(options: { drafts?: boolean; province?: string } = {}) {
  const { db, editionCode } = await exportFixture();
  const edition = getEditionByCode({ db, code: editionCode })!;
  const selection: ExportSelection = {
    edition,
    filters: options.province ? { province: [options.province] } : {},
    drafts: options.drafts ?? false,
  };
  const { lastId } = await measureSelection(db, selection);
  return {
    db,
    edition,
    selection,
    layout: exportLayout(edition.definition),
    batches: (batchSize?: number) => readResponses(db, selection, { lastId, batchSize }),
  };
}

async function csvRecords(options: { drafts?: boolean; province?: string; labels?: boolean; separator?: 'semicolon' | 'comma' } = {}) {
  const { layout, batches } = await setup(options);
  const separator = options.separator ?? 'semicolon';
  const text = (await bytes(csvExport(layout, batches(), { labels: options.labels ?? false, separator }))).toString('utf8');
  const records: Record<string, string>[] = parse(text, { bom: true, columns: true, delimiter: separator === 'semicolon' ? ';' : ',' });
  return { text, records };
}

describe('export layout', () => {
  it('names the columns from the stable codes: a 0/1 column per option, the exclusive one included, and the "Anders" text apart', async () => {
    const { layout } = await setup();
    expect(layout.columns.map((c) => c.name)).toEqual([
      'response_id',
      'library',
      'province',
      'size_class',
      'status',
      'started_at',
      'submitted_at',
      'FILTER',
      'MULTI_A',
      'MULTI_B',
      'MULTI_OTHER',
      'MULTI_NONE',
      'MULTI_OTHER_TEXT',
      'AANTAL',
      'OPMERKING',
    ]);
  });
});

describe('CSV export', () => {
  it('starts with a byte-order mark, uses ; and parses back to the answers', async () => {
    const { text, records } = await csvRecords();
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(records).toHaveLength(5);
    const [first, hidden, exclusive, drenthe, unanswered] = records;
    expect(first).toMatchObject({
      FILTER: 'JA',
      MULTI_A: '1',
      MULTI_B: '0',
      MULTI_OTHER: '1',
      MULTI_NONE: '0',
      MULTI_OTHER_TEXT: OTHER_TEXT,
      AANTAL: '12,5',
      status: 'submitted',
    });
    expect(exclusive).toMatchObject({ MULTI_A: '0', MULTI_NONE: '1', MULTI_OTHER_TEXT: '-1', OPMERKING: 'Prima' });
    expect(drenthe).toMatchObject({ province: 'Drenthe', MULTI_B: '1' });
    // Not shown by the routing (-1) is not shown but unanswered (-9).
    expect(hidden).toMatchObject({ FILTER: 'NEE', MULTI_A: '-1', MULTI_NONE: '-1', MULTI_OTHER_TEXT: '-1', AANTAL: '3', OPMERKING: '-9' });
    expect(unanswered).toMatchObject({ FILTER: 'JA', MULTI_A: '-9', MULTI_NONE: '-9', MULTI_OTHER_TEXT: '-1', AANTAL: '7' });
  });

  it('neutralises text a spreadsheet would run as a formula, but leaves the missing codes numbers', async () => {
    const { text, records } = await csvRecords();
    expect(records[0].OPMERKING).toBe("'=SUM(A1)");
    expect(text).toContain(';-9');
    expect(text).not.toContain("'-9");
  });

  it('writes option labels instead of codes when asked, never mixed', async () => {
    const { records } = await csvRecords({ labels: true, separator: 'comma' });
    expect(records.map((r) => r.FILTER)).toEqual(['Ja', 'Nee', 'Ja', 'Ja', 'Ja']);
    expect(records[0].status).toBe('verstuurd');
    expect(records[0].AANTAL).toBe('12.5');
  });

  it('leaves drafts out unless asked, then with their status and unanswered questions as -9', async () => {
    const { records } = await csvRecords({ drafts: true });
    expect(records).toHaveLength(6);
    const draft = records.find((r) => r.status === 'draft')!;
    expect(draft).toMatchObject({ FILTER: 'JA', MULTI_A: '-9', MULTI_OTHER: '-9', MULTI_OTHER_TEXT: '-1', AANTAL: '-9', submitted_at: '' });
  });

  it('filters by province like the results', async () => {
    const { records } = await csvRecords({ province: 'Drenthe' });
    expect(records.map((r) => r.province)).toEqual(['Drenthe']);
  });

  it('has, for every option, the counts of the results page', async () => {
    const { db, edition } = await setup();
    const { records } = await csvRecords();
    const results = await computeEditionResults({ db, edition, minimumGroupSize: 1 });
    const filter = results.questions.find((q) => q.code === 'FILTER')!;
    for (const option of filter.options) expect(records.filter((r) => r.FILTER === option.code).length).toBe(option.count);
    const multi = results.questions.find((q) => q.code === 'MULTI')!;
    for (const option of multi.options) expect(records.filter((r) => r[`MULTI_${option.code}`] === '1').length).toBe(option.count);
    expect(records.filter((r) => r.MULTI_A !== '-1' && r.MULTI_A !== '-9').length).toBe(multi.base.n);
  });
});

describe('reading responses', () => {
  it('reads in bounded batches, never all at once', async () => {
    const { batches } = await setup({ drafts: true });
    const sizes: number[] = [];
    for await (const batch of batches(2)) sizes.push(batch.length);
    expect(sizes).toEqual([2, 2, 2]);
  });
});

describe('XLSX export', () => {
  it('has a data sheet with numbers as numbers and a frozen header, a codebook and the results tables', async () => {
    const { db, edition, layout, batches } = await setup();
    const results = await computeEditionResults({ db, edition, minimumGroupSize: 1 });
    const buffer = await bytes(
      xlsxExport(layout, batches(), { labels: false, codebook: await buildCodebook(db, edition, results), results }),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Antwoorden', 'Codeboek', 'Resultaten']);
    const data = workbook.getWorksheet('Antwoorden')!;
    expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = (data.getRow(1).values as unknown[]).slice(1);
    const cell = (row: number, name: string) => data.getRow(row).getCell(header.indexOf(name) + 1).value;
    expect(cell(2, 'AANTAL')).toBe(12.5);
    expect(cell(2, 'MULTI_A')).toBe(1);
    expect(cell(2, 'FILTER')).toBe('JA');
    expect(cell(2, 'MULTI_OTHER_TEXT')).toBe(OTHER_TEXT);
    expect(cell(2, 'OPMERKING')).toBe("'=SUM(A1)");
    expect(cell(3, 'MULTI_A')).toBe(-1);
    expect(cell(3, 'OPMERKING')).toBe(-9);
    expect(cell(6, 'MULTI_A')).toBe(-9);
    expect(data.rowCount).toBe(6);
    const codebook = workbook.getWorksheet('Codeboek')!;
    const codebookNames = codebook.getColumn(1).values;
    expect(codebookNames).toEqual(expect.arrayContaining(['MULTI_NONE', 'AANTAL']));
    const resultsSheet = workbook.getWorksheet('Resultaten')!;
    const ja = resultsSheet.getSheetValues().find((row) => Array.isArray(row) && row[1] === 'FILTER' && row[5] === 'Ja') as unknown[];
    expect(ja[6]).toBe(4);
  });

  it('fails the download when reading fails half-way, rather than ending it as a shorter workbook', async () => {
    const { db, edition, layout, batches } = await setup();
    async function* failing() {
      for await (const batch of batches(2)) {
        yield batch;
        throw new Error('database gone');
      }
    }
    const workbook = xlsxExport(layout, failing(), {
      labels: false,
      codebook: await buildCodebook(db, edition, undefined),
      results: undefined,
    });
    await expect(bytes(workbook)).rejects.toThrow('database gone');
  });
});

describe('codebook', () => {
  it('gives each question its routing and base', async () => {
    const { db, edition } = await setup();
    const results = await computeEditionResults({ db, edition, minimumGroupSize: 1 });
    const codebook = await buildCodebook(db, edition, results);
    const multi = codebook.questions.find((q) => q.code === 'MULTI')!;
    expect(multi.condition).toBe("alleen gevraagd als bij FILTER 'Ja' is gekozen");
    expect(multi.base).toContain('n = 3');
    expect(multi.columns.map((c) => c.name)).toContain('MULTI_OTHER_TEXT');
    expect(codebook.missing).toContain('-1');
  });
});

describe('download', () => {
  it('records the export in the audit log with format, filters and rows', async () => {
    const { db, edition } = await setup();
    const parsed = parseExportRequest(new URLSearchParams('format=csv&province=Utrecht'));
    if (!parsed.ok) throw new Error(parsed.message);
    const response = await exportDownload({
      db,
      edition,
      request: parsed.request,
      actor: { label: 'a@example.org' },
      now: new Date('2026-12-01T10:00:00Z'),
    });
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="enquete-2030-2031-antwoorden-utrecht-20261201.csv"');
    await response.text();
    const entries = await db.select().from(auditLog);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'export.downloaded',
      target: 'edition:2030-2031',
      details: { format: 'csv', filters: { province: 'Utrecht' }, rows: 4 },
    });
  });

  it('refuses unknown formats and filters with a Dutch message', () => {
    expect(parseExportRequest(new URLSearchParams('format=pdf'))).toMatchObject({ ok: false });
    expect(parseExportRequest(new URLSearchParams('name=x'))).toMatchObject({ ok: false });
  });
});

describe('codebook against the previous edition', () => {
  it('names new and removed options and questions, and changed wording, by code', async () => {
    const { openTestDb, addEdition, testDefinition } = await import('@/tests/support/results-db');
    const db = await openTestDb();
    const before = testDefinition('2028-2029', { withOptionC: false });
    const previous = addEdition(db, {
      ...before,
      pages: [
        {
          ...before.pages[0],
          questions: [...before.pages[0].questions, { code: 'WEG', type: 'text', text: 'Vervallen vraag', required: false, maxLength: 10 }],
        },
      ],
    });
    const now = testDefinition('2029-2030');
    const filter = now.pages[0].questions[0] as { text: string; options: { code: string; label: string }[] };
    filter.text = 'Werkt u nog samen?';
    filter.options[1].label = 'Nee, niet meer';
    const edition = addEdition(db, { ...now, previousEdition: '2028-2029' }, previous.id);
    const codebook = await buildCodebook(db, edition, undefined);
    const changes = (code: string) => codebook.questions.find((q) => q.code === code)!.changes;
    expect(changes('FILTER')).toEqual(['vraagtekst gewijzigd (was: Werkt u samen?)', 'label van NEE gewijzigd (was: Nee)']);
    expect(changes('MULTI')).toEqual(['nieuwe optie C', 'optie OLD vervallen']);
    expect(changes('TOTAL')).toEqual([]);
    expect(codebook.removedQuestions).toEqual([{ code: 'WEG', text: 'Vervallen vraag' }]);
  });
});
