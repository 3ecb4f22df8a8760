import { and, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { answers, libraries, responses } from '@/db/schema';
import { hasFilters, libraryConditions, type ResultFilters } from './filters';

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
};

export type RespondentCountRow = { editionId: number; questionCode: string; respondents: number; withOther: number };

/** An exclusive option ("Geen knelpunten") of a multiple-choice question. */
export type ExclusiveOption = { questionCode: string; optionCode: string };

function submittedIn(editionIds: number[], filters: ResultFilters): SQL | undefined {
  return and(inArray(responses.editionId, editionIds), eq(responses.status, 'submitted'), ...libraryConditions(filters));
}

/**
 * Rows per chosen option and per distinct number value, for every question at
 * once. Single-choice, number and text questions have one row per respondent,
 * so these counts are also their bases.
 *
 * The plan is chosen on purpose: answers are read in (question, option,
 * value) order from a covering index, so the grouping needs no sort, and each
 * row's response is looked up by primary key (CROSS JOIN keeps SQLite from
 * driving from responses, which would need a sort of every answer row).
 * Editions are counted side by side with FILTER instead of grouped, which
 * would bring the sort back.
 */
export function countAnswers({ db, editionIds, filters }: { db: Db; editionIds: number[]; filters: ResultFilters }): AnswerCountRow[] {
  const perEdition = Object.fromEntries(
    editionIds.map((id) => [`e${id}`, sql<number>`count(*) filter (where ${responses.editionId} = ${id})`.mapWith(Number)]),
  );
  const base = db
    .select({ questionCode: answers.questionCode, optionCode: answers.optionCode, numberValue: answers.numberValue, ...perEdition })
    .from(answers)
    .crossJoin(responses);
  const joined = hasFilters(filters) ? base.crossJoin(libraries) : base;
  const rows = joined
    .where(
      and(
        eq(responses.id, answers.responseId),
        hasFilters(filters) ? eq(libraries.id, responses.libraryId) : undefined,
        submittedIn(editionIds, filters),
      ),
    )
    .groupBy(answers.questionCode, answers.optionCode, answers.numberValue)
    .all() as (Record<string, number> & { questionCode: string; optionCode: string | null; numberValue: number | null })[];
  return rows.flatMap((row) =>
    editionIds
      .map((editionId) => ({
        editionId,
        questionCode: row.questionCode,
        optionCode: row.optionCode,
        numberValue: row.numberValue,
        count: row[`e${editionId}`],
      }))
      .filter((r) => r.count > 0),
  );
}

/**
 * Respondents per multiple-choice question (one respondent has several rows),
 * and how many of them chose at least one option that is not exclusive. Per
 * question, answers are grouped per response in index order (no sort); only
 * then is each respondent's response looked up.
 */
export function countRespondents({
  db,
  editionIds,
  filters,
  questionCodes,
  exclusiveOptions,
}: {
  db: Db;
  editionIds: number[];
  filters: ResultFilters;
  questionCodes: string[];
  exclusiveOptions: ExclusiveOption[];
}): RespondentCountRow[] {
  return questionCodes.flatMap((questionCode) => {
    const exclusive = exclusiveOptions.filter((o) => o.questionCode === questionCode).map((o) => o.optionCode);
    const hasOther = exclusive.length
      ? sql<number>`max(case when ${inArray(answers.optionCode, exclusive)} then 0 else 1 end)`
      : sql<number>`1`;
    const perResponse = db
      .select({ responseId: answers.responseId, hasOther: hasOther.as('has_other') })
      .from(answers)
      .where(eq(answers.questionCode, questionCode))
      .groupBy(answers.responseId)
      .as('per_response');
    const base = db
      .select({
        editionId: responses.editionId,
        respondents: count(),
        withOther: sql<number>`coalesce(sum(${perResponse.hasOther}), 0)`.mapWith(Number),
      })
      .from(perResponse)
      .innerJoin(responses, eq(responses.id, perResponse.responseId));
    const joined = hasFilters(filters) ? base.innerJoin(libraries, eq(libraries.id, responses.libraryId)) : base;
    return joined
      .where(submittedIn(editionIds, filters))
      .groupBy(responses.editionId)
      .all()
      .map((row) => ({ ...row, questionCode }));
  });
}

export type StatusCounts = { submitted: number; draft: number };

/** Submitted and in-progress responses of one edition (libraries that have not started have no row). */
export function countResponsesByStatus({ db, editionId, filters }: { db: Db; editionId: number; filters: ResultFilters }): StatusCounts {
  const base = db.select({ status: responses.status, count: count() }).from(responses);
  const joined = hasFilters(filters) ? base.innerJoin(libraries, eq(libraries.id, responses.libraryId)) : base;
  const rows = joined
    .where(and(eq(responses.editionId, editionId), ...libraryConditions(filters)))
    .groupBy(responses.status)
    .all();
  const result: StatusCounts = { submitted: 0, draft: 0 };
  for (const row of rows) result[row.status] = row.count;
  return result;
}

/** Distinct values of a library attribute, for the filter form. */
export function listLibraryValues({ db, column }: { db: Db; column: 'province' }): string[] {
  return db
    .selectDistinct({ value: libraries[column] })
    .from(libraries)
    .orderBy(libraries[column])
    .all()
    .map((r) => r.value);
}
