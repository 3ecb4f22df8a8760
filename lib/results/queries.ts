import { and, count, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { SelectedFields } from 'drizzle-orm/sqlite-core';
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

/**
 * Answer rows of the editions' submitted responses. Unfiltered, that is a
 * range of the edition-led answer indexes: answers carry their response's
 * edition and status (db/schema/survey.ts), so no response is looked up.
 * With library filters the rows are reached the other way round, from the
 * matching libraries through their responses to the answers (a filter keeps
 * a fraction of the libraries; CROSS JOIN pins that order).
 */
function submittedAnswers(
  db: Db,
  { columns, editionIds, filters, where }: { columns: SelectedFields; editionIds: number[]; filters: ResultFilters; where?: SQL },
) {
  if (!hasFilters(filters)) {
    return db
      .select(columns)
      .from(answers)
      .where(and(inArray(answers.editionId, editionIds), eq(answers.responseStatus, 'submitted'), where))
      .$dynamic();
  }
  // Answers are reached by response only: a condition on their edition and
  // status here (true anyway) would tempt SQLite into the edition-led index,
  // reading the whole edition once per response.
  return db
    .select(columns)
    .from(libraries)
    .crossJoin(responses)
    .crossJoin(answers)
    .where(
      and(
        ...libraryConditions(filters),
        eq(responses.libraryId, libraries.id),
        inArray(responses.editionId, editionIds),
        eq(responses.status, 'submitted'),
        eq(answers.responseId, responses.id),
        where,
      ),
    );
}

/**
 * Rows per chosen option and per distinct number value, for every question of
 * both editions at once. Single-choice, number and text questions have one
 * row per respondent, so these counts are also their bases.
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
    },
    editionIds,
    filters,
  })
    .groupBy(answers.editionId, answers.questionCode, answers.optionCode, answers.numberValue)
    .all() as AnswerCountRow[];
}

/**
 * Respondents per multiple-choice question (one respondent has several rows),
 * and how many of them chose at least one option that is not exclusive: all
 * multiple-choice questions of both editions in one statement. Unfiltered, the
 * answers are grouped per response in answers_edition_respondents_idx order
 * (edition, question, response), so the inner GROUP BY streams; the outer one
 * only sees one row per respondent.
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
  const isExclusive = exclusiveOptions.length
    ? or(...exclusiveOptions.map((o) => and(eq(answers.questionCode, o.questionCode), eq(answers.optionCode, o.optionCode))))!
    : sql`0`;
  const perResponse = submittedAnswers(db, {
    columns: {
      editionId: answers.editionId,
      questionCode: answers.questionCode,
      hasOther: sql<number>`max(case when ${isExclusive} then 0 else 1 end)`.as('has_other'),
    },
    editionIds,
    filters,
    where: inArray(answers.questionCode, questionCodes),
  })
    .groupBy(answers.editionId, answers.questionCode, answers.responseId)
    .as('per_response');
  return db
    .select({
      editionId: perResponse.editionId,
      questionCode: perResponse.questionCode,
      respondents: count(),
      withOther: sql<number>`coalesce(sum(${perResponse.hasOther}), 0)`.mapWith(Number),
    })
    .from(perResponse)
    .groupBy(perResponse.editionId, perResponse.questionCode)
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
