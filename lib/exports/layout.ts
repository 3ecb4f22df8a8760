import { listQuestions, type Definition, type Question } from '@/lib/questionnaire/definition';
import { typeOf } from '@/lib/questionnaire/types';
import type { ExportCell } from '@/lib/questionnaire/types/question-type';
import { visibilityOf, type Answers } from '@/lib/questionnaire/visibility';
import type { ExportColumn } from './column';
import { VariableNames } from './names';
import { exportText, exportWords } from './words';

/**
 * The layout of every export: one row per library response, the response's
 * own columns first, then each question's columns (its type module's) in
 * questionnaire order. CSV, XLSX, SPSS and R all write this one layout.
 */

export type LayoutColumn = ExportColumn & {
  /** Valid SPSS/R variable name, unique in the layout. */
  name: string;
  /** The question the column belongs to; null for the response's own columns. */
  question: Question | null;
};

export type ExportLayout = { definition: Definition; columns: LayoutColumn[] };

/** A response as the export reads it (lib/exports/read.ts). */
export type ExportResponse = {
  id: number;
  libraryName: string;
  province: string;
  sizeClass: string | null;
  status: 'draft' | 'submitted';
  startedAt: Date;
  submittedAt: Date | null;
  answers: Answers;
};

const words = exportText.columns;

/** The response's own columns, named in lower case so no upper-case code can clash with them. */
const responseColumns: (ExportColumn & { stem: string })[] = [
  { stem: 'response_id', label: words.responseId, kind: 'numeric', level: 'scale', values: [], categorical: false, integer: true },
  { stem: 'library', label: words.library, kind: 'string', level: 'nominal', values: [], categorical: false, maxLength: 255 },
  { stem: 'province', label: words.province, kind: 'string', level: 'nominal', values: [], categorical: false, maxLength: 100 },
  { stem: 'size_class', label: words.sizeClass, kind: 'string', level: 'nominal', values: [], categorical: false, maxLength: 20 },
  { stem: 'status', label: words.status, kind: 'string', level: 'nominal', values: [], categorical: false, maxLength: 20 },
  { stem: 'started_at', label: words.startedAt, kind: 'string', level: 'nominal', values: [], categorical: false, maxLength: 20 },
  { stem: 'submitted_at', label: words.submittedAt, kind: 'string', level: 'nominal', values: [], categorical: false, maxLength: 20 },
];

export function exportLayout(definition: Definition): ExportLayout {
  const names = new VariableNames();
  const columns: LayoutColumn[] = responseColumns.map((column) => ({ ...column, name: names.claim(column.stem), question: null }));
  for (const question of listQuestions(definition)) {
    for (const column of typeOf(question).exportColumns(question, exportWords)) {
      columns.push({ ...column, name: names.claim(column.stem), question });
    }
  }
  return { definition, columns };
}

/** A moment as ISO 8601 in UTC to the second, which every reader parses. */
function isoMoment(moment: Date | null): string {
  // toISOString always ends in milliseconds and Z ("…T09:47:31.123Z").
  return moment ? `${moment.toISOString().slice(0, -5)}Z` : '';
}

/**
 * What gives one response's cells in the layout's order: option numbers for
 * choices, NOT_SHOWN or NOT_ANSWERED where there is no answer
 * (lib/questionnaire/types/question-type.ts). Made once per export: the
 * questions, their routing and their types' cell writers are the same for
 * every response.
 */
export function responseCellWriter(layout: ExportLayout): (response: ExportResponse) => ExportCell[] {
  const writers = listQuestions(layout.definition).map((question) => typeOf(question).exportCellWriter(question));
  const visibility = visibilityOf(layout.definition);
  return (response) => {
    const shown = visibility(response.answers);
    const cells: ExportCell[] = [
      response.id,
      response.libraryName,
      response.province,
      response.sizeClass ?? '',
      response.status,
      isoMoment(response.startedAt),
      isoMoment(response.submittedAt),
    ];
    for (let i = 0; i < writers.length; i++) writers[i](response.answers, shown[i], cells);
    return cells;
  };
}
