import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ExportCell } from '@/lib/questionnaire/types/question-type';
import type { EditionResults } from '@/lib/results/aggregate';
import type { Codebook } from './codebook';
import { cellDisplay, headerRow } from './display';
import { responseCellWriter, type ExportLayout, type ExportResponse } from './layout';
import { codebookRows, resultsRows } from './tables';
import { exportText } from './words';
import { sheetRowWriter } from './xlsx-rows';

/** Text a spreadsheet would run as a formula, neutralised as OWASP describes (a leading quote). */
function guardFormula(cell: ExportCell): ExportCell {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

const frozenHeader = { views: [{ state: 'frozen' as const, ySplit: 1 }] };

/**
 * Texts inline rather than in a shared-strings table, which would hold every
 * distinct text of the export in memory. No styles: no cell has one, and with
 * `useStyles` exceljs renders each cell's (empty) style to XML to look it up,
 * which at 100,000 responses took longer than the rest of the workbook
 * (bench/exports.ts). The sheets are the same; styles.xml differs only in
 * the order of two attributes.
 */
function workbookWriter(output: PassThrough): ExcelJS.stream.xlsx.WorkbookWriter {
  return new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: false, useSharedStrings: false });
}

function addRow(sheet: ExcelJS.Worksheet, cells: ExportCell[]) {
  sheet.addRow(cells.map(guardFormula)).commit();
}

function tableSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, rows: ExportCell[][]) {
  const sheet = workbook.addWorksheet(name, frozenHeader);
  for (const row of rows) addRow(sheet, row);
  sheet.commit();
}

/** archiver's entry stream (readable-stream's, whose state is not on the public properties). */
type ZipEntry = { _writableState?: { length: number; highWaterMark: number }; once: (event: 'drain', listener: () => void) => unknown };
type Piped = { stream?: { pipes?: ZipEntry[] } };

/**
 * exceljs's sheet stream writes into the zip without waiting for it, so rows
 * written faster than they are compressed pile up in memory (300 MB at
 * 100,000 responses). Waiting for the zip to take them between batches keeps
 * memory flat however many responses there are (bench/exports.ts). Reaches
 * into exceljs's internals; if they change, it just does not wait.
 */
async function zipCaughtUp(sheet: ExcelJS.Worksheet): Promise<void> {
  for (const entry of (sheet as unknown as Piped).stream?.pipes ?? []) {
    const state = entry._writableState;
    while (state && state.length > state.highWaterMark) await new Promise<void>((resolve) => entry.once('drain', resolve));
  }
}

/** The sheet's own stream into the zip, which exceljs's streaming writer opens for each sheet. */
function sheetStream(sheet: ExcelJS.Worksheet): { write: (xml: string) => Promise<void> | void } {
  const stream = (sheet as unknown as { stream?: { write?: unknown } }).stream;
  if (typeof stream?.write !== 'function') throw new Error('exceljs: the worksheet writer has no stream to write rows into');
  return stream as { write: (xml: string) => Promise<void> | void };
}

/**
 * The export as an XLSX workbook, streamed with exceljs's streaming writer:
 * the data sheet (a row per response, numbers as numbers, frozen header row),
 * then the codebook and the results tables. exceljs writes the workbook and
 * the data sheet's header row, which opens the sheet's data; the responses'
 * rows go into the sheet's stream a batch at a time as the XML exceljs's row
 * model would have written (lib/exports/xlsx-rows.ts, for speed), and
 * exceljs closes the sheet.
 */
export function xlsxExport(
  layout: ExportLayout,
  batches: AsyncIterable<ExportResponse[]>,
  { labels, codebook, results }: { labels: boolean; codebook: Codebook; results: EditionResults | undefined },
): Readable {
  const output = new PassThrough();
  const workbook = workbookWriter(output);
  (async () => {
    const data = workbook.addWorksheet(exportText.sheets.data, frozenHeader);
    addRow(data, headerRow(layout));
    const stream = sheetStream(data);
    const rowsXml = sheetRowWriter(layout.columns.length, 2);
    const cellsOf = responseCellWriter(layout);
    const display = cellDisplay(layout, labels);
    for await (const batch of batches) {
      // Awaited so that a failing write fails the download rather than the process.
      await stream.write(rowsXml(batch.map((response) => display(cellsOf(response)).map(guardFormula))));
      await zipCaughtUp(data);
    }
    data.commit();
    tableSheet(workbook, exportText.sheets.codebook, codebookRows(codebook));
    tableSheet(workbook, exportText.sheets.results, resultsRows(results));
    await workbook.commit();
  })().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return output;
}

/** One table as a workbook of one sheet (the results tables for open data and the report). */
export function xlsxTable(name: string, rows: ExportCell[][]): Readable {
  const output = new PassThrough();
  const workbook = workbookWriter(output);
  tableSheet(workbook, name, rows);
  workbook.commit().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return output;
}
