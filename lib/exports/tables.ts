import { resultsOf } from '@/lib/questionnaire/types/results-of';
import type { ExportCell } from '@/lib/questionnaire/types/question-type';
import type { EditionResults } from '@/lib/results/aggregate';
import resultsMessages from '@/messages/nl/results.json';
import { filteredAttributes } from '@/lib/results/filters';
import { fillTemplate } from '@/lib/wording/results';
import { missingLine, valuesLine, type Codebook } from './codebook';
import { exportText } from './words';

/** The codebook as a table: a row per variable (the XLSX's sheet and the `codebook` download). */
export function codebookRows(codebook: Codebook): ExportCell[][] {
  const t = exportText.codebook;
  const rows: ExportCell[][] = [
    [t.variable, t.label, exportText.results.question, t.type, t.values, t.missing, t.condition, t.base, t.changes],
  ];
  for (const column of codebook.responseColumns) rows.push([column.name, column.label, '', '', '', '', '', '', '']);
  for (const question of codebook.questions) {
    for (const column of question.columns) {
      const values = [valuesLine(column), ...question.notes].filter(Boolean).join('; ');
      rows.push([
        column.name,
        column.label,
        question.code,
        question.type,
        values,
        missingLine(codebook, column),
        question.condition,
        question.base,
        question.changes.join('; '),
      ]);
    }
  }
  return rows;
}

/** Why a group has no figures, in the results page's words (its SuppressedNotice). */
function suppressedLine(results: EditionResults): string {
  const words = resultsMessages.results.suppressed;
  const values = { count: results.submitted, minimum: results.minimumGroupSize };
  const reason = results.suppressed ?? 'tooFew';
  if (reason === 'tooFew') return fillTemplate(filteredAttributes(results.filters).length > 0 ? words.tooFew : words.tooFewEdition, values);
  return fillTemplate(words[reason], values);
}

/**
 * The results page's tables, taken from its figures (never recomputed): per
 * question its base, then a row per option (count, percent, previous
 * edition's percent), or the number figures. A group below the minimum size
 * gets a single line saying so and no figures.
 */
export function resultsRows(results: EditionResults | undefined): ExportCell[][] {
  const t = exportText.results;
  const rows: ExportCell[][] = [[t.question, t.text, t.base, t.n, t.option, t.count, t.percent, t.previousPercent]];
  if (!results) return rows;
  if (results.suppressed) {
    rows.push([suppressedLine(results)]);
    return rows;
  }
  for (const q of results.questions) {
    const head = [q.code, q.text, q.base.label, q.base.n];
    // What follows the question's columns is its type's: options, shares, figures.
    const own = resultsOf(q).resultTableRows(q, t);
    if (own.length === 0) rows.push(head);
    for (const row of own) rows.push([...head, ...row]);
  }
  return rows;
}
