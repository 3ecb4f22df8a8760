import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ExportCell } from '@/lib/questionnaire/types/question-type';
import type { EditionResults } from '@/lib/results/aggregate';
import { fillTemplate } from '@/lib/results/wording';
import { valuesLine, type Codebook } from './codebook';
import { displayCells, headerRow } from './display';
import { responseCells, type ExportLayout, type ExportResponse } from './layout';
import { exportText } from './words';

/** Text a spreadsheet would run as a formula, neutralised as OWASP describes (a leading quote). */
export function guardFormula(cell: ExportCell): ExportCell {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

const frozenHeader = { views: [{ state: 'frozen' as const, ySplit: 1 }] };

function addRow(sheet: ExcelJS.Worksheet, cells: ExportCell[]) {
  sheet.addRow(cells.map(guardFormula)).commit();
}

function codebookSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, codebook: Codebook) {
  const t = exportText.codebook;
  const sheet = workbook.addWorksheet(exportText.sheets.codebook, frozenHeader);
  addRow(sheet, [t.variable, t.label, exportText.results.question, t.type, t.values, t.missing, t.condition, t.base, t.changes]);
  for (const column of codebook.responseColumns) addRow(sheet, [column.name, column.label, '', '', '', '', '', '', '']);
  for (const question of codebook.questions) {
    for (const column of question.columns) {
      const values = [valuesLine(column), ...question.notes].filter(Boolean).join('; ');
      addRow(sheet, [column.name, column.label, question.code, question.type, values, codebook.missing, question.condition, question.base, question.changes.join('; ')]);
    }
  }
  sheet.commit();
}

/** The results page's tables: per question its base, then a row per option (count, percent, previous), or the number figures. */
function resultsSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, results: EditionResults | undefined) {
  const t = exportText.results;
  const sheet = workbook.addWorksheet(exportText.sheets.results, frozenHeader);
  addRow(sheet, [t.question, t.text, t.base, t.n, t.option, t.count, t.percent, t.previousPercent]);
  if (!results || results.suppressed) {
    addRow(sheet, [fillTemplate(t.suppressed, { minimum: results?.minimumGroupSize ?? '' })]);
  } else {
    for (const q of results.questions) {
      const head = [q.code, q.text, q.base.label, q.base.n];
      if (q.options.length === 0 && !q.numbers) addRow(sheet, head);
      for (const o of q.options) addRow(sheet, [...head, o.label, o.count, o.percent ?? '', o.previousPercent ?? '']);
      if (q.atLeastOne?.label) addRow(sheet, [...head, q.atLeastOne.label, q.atLeastOne.count, q.atLeastOne.percent ?? '', q.atLeastOne.previousPercent ?? '']);
      if (q.numbers) {
        addRow(sheet, [...head, t.mean, q.numbers.mean ?? '']);
        addRow(sheet, [...head, t.median, q.numbers.median ?? '']);
        addRow(sheet, [...head, t.sum, q.numbers.sum]);
      }
    }
  }
  sheet.commit();
}

/**
 * The export as an XLSX workbook, streamed with exceljs's streaming writer:
 * the data sheet (a row committed per response, numbers as numbers, frozen
 * header row), then the codebook and the results tables.
 */
export function xlsxExport(
  layout: ExportLayout,
  batches: AsyncIterable<ExportResponse[]>,
  { labels, codebook, results }: { labels: boolean; codebook: Codebook; results: EditionResults | undefined },
): Readable {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  (async () => {
    const data = workbook.addWorksheet(exportText.sheets.data, frozenHeader);
    addRow(data, headerRow(layout));
    for await (const batch of batches) {
      for (const response of batch) addRow(data, displayCells(layout, responseCells(layout, response), labels));
    }
    data.commit();
    codebookSheet(workbook, codebook);
    resultsSheet(workbook, results);
    await workbook.commit();
  })().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return output;
}
