import { and, count, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { SelectedFields } from 'drizzle-orm/sqlite-core';
import type { Db } from '@/db/client';
import { answers, libraries, responses } from '@/db/schema';
import { hasFilters, libraryConditions, type ResultFilters } from './filters';
import { groupingAttributes, type GroupingAttribute } from './grouping';

/**
 * The SQL behind the results. Everything is counted in the database; what
 * comes back is one row per edition × question × option (or × distinct number
 * value), never one row per answer.
 */

export type AnswerCountRow = {
  editionId: number;
  questionCode: string;
  optionCode: string | null;
  numberValue: number | null;
  count: number;
  /** Rows at position 1: respondents whose first row this is (in the order their question's type stores them). */
  firsts: number;
};

/**
 * Answer rows of the editions' submitted responses: a range of
 * answers_edition_counts_idx, since answers carry their response's edition
 * and status (db/schema/survey.ts); no response is looked up per answer.
 *
 * Library filters add a membership test against the filtered responses
 * (SQLite lists them once, with a Bloom filter). The unary `+`
 * keeps SQLite reading the same index range instead of driving from that
 * list: driving from it meant a table lookup per answer and a sort, and grew
 * past the unfiltered time for a filter of three provinces, where this stays
 * below about twice the unfiltered scan whatever the filter keeps.
 */
function submittedAnswers(
  db: Db,
  { columns, editionIds, filters }: { columns: SelectedFields; editionIds: number[]; filters: ResultFilters },
) {
  const selected = hasFilters(filters)
    ? inArray(
        sql`+${answers.responseId}`,
        db
          .select({ id: responses.id })
          .from(libraries)
          .innerJoin(responses, eq(responses.libraryId, libraries.id))
          .where(and(...libraryConditions(filters), inArray(responses.editionId, editionIds), eq(responses.status, 'submitted'))),
      )
    : undefined;
  return db
    .select(columns)
    .from(answers)
    .where(and(inArray(answers.editionId, editionIds), eq(answers.responseStatus, 'submitted'), selected))
    .$dynamic();
}

/**
 * Rows per chosen option and per distinct number value, for every question of
 * both editions at once, in one pass. Single-choice, number and text
 * questions have one row per respondent, so these counts are also their
 * bases; a multiple choice's respondents are its rows at position 1 (`firsts`),
 * and what each count means is the question type's (lib/questionnaire/types/).
 *
 * Unfiltered, the rows come from answers_edition_counts_idx in exactly the
 * GROUP BY's order (edition, question, option, value), so SQLite streams the
 * groups without sorting and never reads the table (see queries.test.ts).
 */
export function countAnswers({ db, editionIds, filters }: { db: Db; editionIds: number[]; filters: ResultFilters }): AnswerCountRow[] {
  return submittedAnswers(db, {
    columns: {
      editionId: answers.editionId,
      questionCode: answers.questionCode,
      optionCode: answers.optionCode,
      numberValue: answers.numberValue,
      count: count(),
      firsts: sql<number>`count(*) filter (where ${answers.position} = 1)`.mapWith(Number),
    },
    editionIds,
    filters,
  })
    .groupBy(answers.editionId, answers.questionCode, answers.optionCode, answers.numberValue)
    .all() as AnswerCountRow[];
}

export type GroupCountRow = {
  editionId: number;
  status: 'draft' | 'submitted';
  /**
   * The group's values of the attributes asked for, in their order (none: the
   * whole edition); null for libraries without a value, kept apart from any
   * value a request can name (the text "null" included).
   */
  values: (string | null)[];
  count: number;
};

/**
 * Responses per edition, status and group, for every group of the split by
 * these attributes (not only the filtered one): deciding whether a group may
 * show its figures needs the sizes of the others (suppression.ts). One row
 * per edition and status without attributes. Libraries that have not started
 * have no response and no row.
 */
export function countResponsesByGroup({
  db,
  editionIds,
  attributes,
}: {
  db: Db;
  editionIds: number[];
  attributes: GroupingAttribute[];
}): GroupCountRow[] {
  const columns = attributes.map((name) => groupingAttributes[name]);
  const fields = { editionId: responses.editionId, status: responses.status, count: count() };
  const valueFields = Object.fromEntries(columns.map((column, i) => [`value${i}`, column]));
  const base = db.select({ ...fields, ...valueFields }).from(responses);
  const joined = columns.length > 0 ? base.innerJoin(libraries, eq(libraries.id, responses.libraryId)) : base;
  const rows = joined
    .where(inArray(responses.editionId, editionIds))
    .groupBy(responses.editionId, responses.status, ...columns)
    .all() as (Omit<GroupCountRow, 'values'> & Record<string, unknown>)[];
  return rows.map((row) => ({
    editionId: row.editionId,
    status: row.status,
    count: row.count,
    values: columns.map((_, i) => (row[`value${i}`] === null ? null : String(row[`value${i}`]))),
  }));
}

/** Distinct values of a grouping attribute, for the filter form (libraries without one form no group to choose). */
export function listLibraryValues({ db, attribute }: { db: Db; attribute: GroupingAttribute }): string[] {
  const column = groupingAttributes[attribute];
  return db
    .selectDistinct({ value: column })
    .from(libraries)
    .where(isNotNull(column))
    .orderBy(column)
    .all()
    .flatMap((r) => (r.value === null ? [] : [r.value]));
}
