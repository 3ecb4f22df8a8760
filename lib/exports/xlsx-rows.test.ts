import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { ExportCell } from '@/lib/questionnaire/types/question-type';
import { columnLetters, sheetRowWriter } from './xlsx-rows';

/** A sheet written by exceljs's streaming writer with the export's options, as its XML in the zip. */
async function sheetXml(write: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Data', { views: [{ state: 'frozen', ySplit: 1 }] });
  write(sheet);
  sheet.commit();
  await workbook.commit();
  const zip = await JSZip.loadAsync(Buffer.concat(chunks));
  return zip.file('xl/worksheets/sheet1.xml')!.async('string');
}

/** exceljs's own rows: the reference. */
function byExcelJs(header: ExportCell[], rows: ExportCell[][]) {
  return (sheet: ExcelJS.Worksheet) => {
    sheet.addRow(header).commit();
    for (const row of rows) sheet.addRow(row).commit();
  };
}

/** The header by exceljs, the rows from sheetRowWriter into the sheet's stream, as lib/exports/xlsx.ts does. */
function byRowWriter(header: ExportCell[], rows: ExportCell[][], batch: number) {
  return (sheet: ExcelJS.Worksheet) => {
    sheet.addRow(header).commit();
    const stream = (sheet as unknown as { stream: { write: (xml: string) => void } }).stream;
    const write = sheetRowWriter(header.length, 2);
    for (let i = 0; i < rows.length; i += batch) stream.write(write(rows.slice(i, i + batch)));
  };
}

/** Texts made mostly of what XML escapes or cannot hold. */
const tricky = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      '&',
      '<',
      '>',
      '"',
      "'",
      '\t',
      '\n',
      '\r',
      '\x00',
      '\x01',
      '\x0B',
      '\x0C',
      '\x1F',
      '\x7F',
      '\x80',
      ']]>',
      '&amp;',
      ' ',
      'é',
      '😀',
      '\uFFFE',
    ),
    fc.string({ minLength: 1, maxLength: 3 }),
  ),
  maxLength: 12,
});
const cell: fc.Arbitrary<ExportCell> = fc.oneof(
  tricky,
  fc.constantFrom(-1, -9, 0, 1, 12.5, -0.25, 1e21, 1.5e-7, -0),
  fc.integer(),
  fc.double({ noNaN: true }),
);

describe('XLSX sheet rows', () => {
  it('are byte for byte the sheet exceljs writes: addresses, spans, numbers, texts escaped and control characters left out', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 1, max: 30 })
          .chain((columns) =>
            fc.tuple(
              fc.array(fc.string(), { minLength: columns, maxLength: columns }),
              fc.array(fc.array(cell, { maxLength: columns }), { maxLength: 6 }),
            ),
          ),
        fc.integer({ min: 1, max: 4 }),
        async ([header, rows], batch) => {
          expect(await sheetXml(byRowWriter(header, rows, batch))).toBe(await sheetXml(byExcelJs(header, rows)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('read back in exceljs as the cells written: numbers as numbers, texts as texts', async () => {
    const header = ['response_id', 'library', 'OPMERKING', 'AANTAL'];
    const rows: ExportCell[][] = [
      [1, 'Bibliotheek "De Boog" & <Zoon>', "'=SUM(A1)", 12.5],
      [2, '', 'twee\nregels', -9],
    ];
    const output = new PassThrough();
    const chunks: Buffer[] = [];
    output.on('data', (chunk: Buffer) => chunks.push(chunk));
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: false, useSharedStrings: false });
    const sheet = workbook.addWorksheet('Data');
    byRowWriter(header, rows, 1)(sheet);
    sheet.commit();
    await workbook.commit();
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const values = read
      .getWorksheet('Data')!
      .getSheetValues()
      .slice(1)
      .map((row) => (row as ExportCell[]).slice(1));
    expect(values).toEqual([header, ...rows.map((row) => row.map((v) => (v === '' ? undefined : v)))]);
  });

  it('name columns as Excel does', () => {
    expect([1, 26, 27, 52, 53, 702, 703, 16384].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
  });
});
