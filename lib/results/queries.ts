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
export async function countAnswers({
  db,
  editionIds,
  filters,
}: {
  db: Db;
  editionIds: number[];
  filters: ResultFilters;
}): Promise<AnswerCountRow[]> {
  return (await submittedAnswers(db, {
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
  }).groupBy(answers.editionId, answers.questionCode, answers.optionCode, answers.numberValue)) as AnswerCountRow[];
}

/** Submitted responses of one edition in one cell of the cross table of every grouping attribute. */
export type CellCountRow = {
  editionId: number;
  /**
   * The libraries' values of the grouping attributes, in groupingAttributeNames
   * order; null for a library without one, kept apart from any value a request
   * can name (the text "null" included).
   */
  values: (string | null)[];
  count: number;
};

/**
 * Submitted responses per edition and cell of the cross table of these
 * grouping attributes (all of them, province × size class, for a filtered
 * request), for all cells and not only the requested group's: whether a group
 * may show its figures depends on all of them (suppression.ts). Without
 * attributes, one row per edition: the whole edition's total, which is all
 * its own decision needs, read from the status index without the libraries.
 * Drafts count for no decision. Libraries that have not started have no
 * response and no row.
 */
export async function countSubmittedByCell({
  db,
  editionIds,
  attributes,
}: {
  db: Db;
  editionIds: number[];
  attributes: readonly GroupingAttribute[];
}): Promise<CellCountRow[]> {
  const columns = attributes.map((name) => groupingAttributes[name]);
  const valueFields = Object.fromEntries(columns.map((column, i) => [`value${i}`, column]));
  const base = db.select({ editionId: responses.editionId, count: count(), ...valueFields }).from(responses);
  const joined = columns.length > 0 ? base.innerJoin(libraries, eq(libraries.id, responses.libraryId)) : base;
  const rows = (await joined
    .where(and(inArray(responses.editionId, editionIds), eq(responses.status, 'submitted')))
    .groupBy(responses.editionId, ...columns)) as ({ editionId: number; count: number } & Record<string, unknown>)[];
  return rows.map((row) => ({
    editionId: row.editionId,
    count: row.count,
    values: columns.map((_, i) => (row[`value${i}`] === null ? null : String(row[`value${i}`]))),
  }));
}

/** Started but not submitted responses of one edition within the filters (a range of the status index). */
export async function countDrafts({ db, editionId, filters }: { db: Db; editionId: number; filters: ResultFilters }): Promise<number> {
  const where = and(eq(responses.editionId, editionId), eq(responses.status, 'draft'), ...libraryConditions(filters));
  const base = db.select({ n: count() }).from(responses);
  const joined = hasFilters(filters) ? base.innerJoin(libraries, eq(libraries.id, responses.libraryId)) : base;
  const [row] = await joined.where(where);
  return row.n;
}

/** Distinct values of a grouping attribute, for the filter form (libraries without one form no group to choose). */
export async function listLibraryValues({ db, attribute }: { db: Db; attribute: GroupingAttribute }): Promise<string[]> {
  const column = groupingAttributes[attribute];
  const rows = await db.selectDistinct({ value: column }).from(libraries).where(isNotNull(column)).orderBy(column);
  return rows.flatMap((r) => (r.value === null ? [] : [r.value]));
}
