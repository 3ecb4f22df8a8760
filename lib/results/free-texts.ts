import { and, asc, count, eq, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { caseInsensitive } from '@/db/dialect';
import { answers, libraries, responses } from '@/db/schema';
import { getEditionByCode, type Edition } from '@/lib/editions/queries';
import { findQuestion } from '@/lib/questionnaire/definition';
import { typeOf } from '@/lib/questionnaire/types';
import { groupStatus } from './aggregate';
import { libraryConditions, requestedGroup, type ResultFilters } from './filters';
import { groupingAttributeNames, MINIMUM_GROUP_SIZE } from './grouping';
import { countSubmittedByCell } from './queries';
import type { SuppressionReason } from './suppression';

/**
 * The free texts of one question (a text question's answers, a choice's
 * "Anders, namelijk" texts), each with the library that wrote it, for admins
 * analysing the answers: unlike the figures, a text can name its library, so
 * only admins read them (they can export every answer per library anyway).
 *
 * They follow the results' rules: sent answers only, the results filter, and
 * nothing for a group whose figures the results withhold (suppression.ts), so
 * a filter never shows more here than on the results page. Ordered by library
 * name (case-insensitive) so an admin can find a library; a page at a time.
 */

/** How many texts the results page shows per question before linking to the rest. */
export const FREE_TEXTS_ON_RESULTS_PAGE = 5;
/** A page of the texts' own page. */
export const FREE_TEXTS_PER_PAGE = 50;
/** The most one request (the API's `limit`) gets. */
export const MAX_FREE_TEXTS_LIMIT = 200;

export type FreeText = { library: string; text: string };

export type FreeTextList = {
  edition: { code: string; title: string };
  question: { code: string; text: string };
  /** The option whose texts these are ("Anders, namelijk ..."); null for a text question. */
  option: { code: string; label: string } | null;
  filters: ResultFilters;
  minimumGroupSize: number;
  /** Why this group shows no texts (then `total` is 0), or null. */
  suppressed: SuppressionReason | null;
  /** Texts in the group, over all pages. */
  total: number;
  offset: number;
  limit: number;
  texts: FreeText[];
};

type ListOptions = { filters?: ResultFilters; offset?: number; limit?: number; minimumGroupSize?: number };

const bounded = (value: number, min: number, max: number) => Math.min(max, Math.max(min, Math.trunc(Number.isFinite(value) ? value : min)));

/** Whether the group of these filters shows figures, decided as the results decide it. */
async function suppressionOf(
  db: Db,
  edition: Edition,
  filters: ResultFilters,
  minimumGroupSize: number,
): Promise<SuppressionReason | null> {
  const group = requestedGroup(filters);
  const cells = await countSubmittedByCell({ db, editionIds: [edition.id], attributes: group ? groupingAttributeNames : [] });
  return groupStatus(cells, edition.id, group, minimumGroupSize).suppressed;
}

/** One question's free texts; undefined when the edition has no such question or it has no free text. */
export async function listFreeTexts({
  db,
  edition,
  questionCode,
  filters = {},
  offset = 0,
  limit = FREE_TEXTS_PER_PAGE,
  minimumGroupSize = MINIMUM_GROUP_SIZE,
}: ListOptions & { db: Db; edition: Edition; questionCode: string }): Promise<FreeTextList | undefined> {
  const question = findQuestion(edition.definition, questionCode);
  const source = question ? typeOf(question).freeTexts(question) : null;
  if (!question || !source) return undefined;

  const page = { offset: bounded(offset, 0, Number.MAX_SAFE_INTEGER), limit: bounded(limit, 1, MAX_FREE_TEXTS_LIMIT) };
  const list: FreeTextList = {
    edition: { code: edition.code, title: edition.title },
    question: { code: question.code, text: question.text },
    option: source.option,
    filters,
    minimumGroupSize,
    suppressed: await suppressionOf(db, edition, filters, minimumGroupSize),
    total: 0,
    ...page,
    texts: [],
  };
  if (list.suppressed) return list;

  // A range of answers_edition_counts_idx (edition, status, question, option), as the counts read it.
  const where = and(
    eq(answers.editionId, edition.id),
    eq(answers.responseStatus, 'submitted'),
    eq(answers.questionCode, question.code),
    source.option ? eq(answers.optionCode, source.option.code) : isNull(answers.optionCode),
    isNotNull(answers.textValue),
    ne(answers.textValue, ''),
    ...libraryConditions(filters),
  );
  const [{ n }] = await db
    .select({ n: count() })
    .from(answers)
    .innerJoin(responses, eq(responses.id, answers.responseId))
    .innerJoin(libraries, eq(libraries.id, responses.libraryId))
    .where(where);
  list.total = n;
  if (list.total > page.offset) {
    list.texts = await db
      .select({ library: libraries.name, text: sql<string>`${answers.textValue}` })
      .from(answers)
      .innerJoin(responses, eq(responses.id, answers.responseId))
      .innerJoin(libraries, eq(libraries.id, responses.libraryId))
      .where(where)
      .orderBy(caseInsensitive(libraries.name), asc(answers.responseId))
      .limit(page.limit)
      .offset(page.offset);
  }
  return list;
}

/** Same, by edition code; undefined also for an unknown edition. */
export async function listFreeTextsForCode({
  db,
  code,
  ...rest
}: ListOptions & { db: Db; code: string; questionCode: string }): Promise<FreeTextList | undefined> {
  const edition = await getEditionByCode({ db, code });
  return edition ? listFreeTexts({ db, edition, ...rest }) : undefined;
}
