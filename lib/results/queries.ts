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
 */
export function countAnswers({ db, editionIds, filters }: { db: Db; editionIds: number[]; filters: ResultFilters }): AnswerCountRow[] {
  const base = db
    .select({
      editionId: responses.editionId,
      questionCode: answers.questionCode,
      optionCode: answers.optionCode,
      numberValue: answers.numberValue,
      count: count(),
    })
    .from(answers)
    .innerJoin(responses, eq(responses.id, answers.responseId));
  const joined = hasFilters(filters) ? base.innerJoin(libraries, eq(libraries.id, responses.libraryId)) : base;
  return joined
    .where(submittedIn(editionIds, filters))
    .groupBy(responses.editionId, answers.questionCode, answers.optionCode, answers.numberValue)
    .all();
}

/**
 * Respondents per multiple-choice question (one respondent has several rows),
 * and how many of them chose at least one option that is not exclusive.
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
  if (questionCodes.length === 0) return [];
  const isExclusive =
    exclusiveOptions.length === 0
      ? sql`0`
      : sql.join(
          exclusiveOptions.map((o) => sql`(${answers.questionCode} = ${o.questionCode} and ${answers.optionCode} = ${o.optionCode})`),
          sql` or `,
        );
  const base = db
    .select({
      editionId: responses.editionId,
      questionCode: answers.questionCode,
      respondents: sql<number>`count(distinct ${answers.responseId})`.mapWith(Number),
      withOther: sql<number>`count(distinct case when ${isExclusive} then null else ${answers.responseId} end)`.mapWith(Number),
    })
    .from(answers)
    .innerJoin(responses, eq(responses.id, answers.responseId));
  const joined = hasFilters(filters) ? base.innerJoin(libraries, eq(libraries.id, responses.libraryId)) : base;
  return joined
    .where(and(submittedIn(editionIds, filters), inArray(answers.questionCode, questionCodes)))
    .groupBy(responses.editionId, answers.questionCode)
    .all();
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
