import type { Db } from '@/db/client';
import { getEditionById, getEditionByCode, type Edition } from '@/lib/editions/queries';
import { listQuestions, type Question } from '@/lib/questionnaire/definition';
import { typeOf } from '@/lib/questionnaire/types';
import { resultsOf } from '@/lib/questionnaire/types/results-of';
import { baseLabel } from '@/lib/wording/results';
import { requestedGroup, type ResultFilters } from './filters';
import { groupingAttributeNames, MINIMUM_GROUP_SIZE, type Group } from './grouping';
import { editionSuppression, type SuppressionReason } from './suppression';
import type { NumberStats } from '@/lib/figures/number-stats';
import { countAnswers, countDrafts, countSubmittedByCell, type AnswerCountRow, type CellCountRow } from './queries';
import { indexEditionCounts, type EditionCounts } from './compare';

export type OptionResult = {
  code: string;
  label: string;
  count: number;
  /** Whole percent of the base, half up; null when the base is empty. */
  percent: number | null;
  /** The previous edition's percent for the option with the same code (null when it has none). */
  previousPercent: number | null;
  /** percent − previousPercent, in percentage points. */
  change: number | null;
  exclusive: boolean;
};

type Share = { count: number; percent: number | null };

export type QuestionResult = {
  code: string;
  text: string;
  type: Question['type'];
  base: { label: string; n: number };
  /** Several answers per respondent: percentages add up to more than 100%. */
  multipleAnswers: boolean;
  options: OptionResult[];
  /** Question with an exclusive option: respondents that chose at least one other option. */
  atLeastOne: (Share & { label: string | null; previousPercent: number | null; sentence: string | null }) | null;
  /** Publication-like sentence for the most chosen option (null without answers). */
  sentence: string | null;
  numbers: (NumberStats & { unit: string | null }) | null;
  /** For a number bounded by another (`atMost`): the ratio of their sums. */
  ratio: { part: number; whole: number; wholeQuestion: string; percent: number | null; unit: string | null } | null;
};

/** What a question's type works out (lib/questionnaire/types/): everything but its code, text and base. */
export type QuestionFigures = Omit<QuestionResult, 'code' | 'text' | 'type' | 'base'>;

export type EditionResults = {
  edition: { code: string; title: string };
  previousEdition: { code: string; title: string } | null;
  filters: ResultFilters;
  /** Submitted responses (the results count only these). */
  submitted: number;
  /** Started but not submitted. */
  inProgress: number;
  /** A group with fewer submitted responses shows no figures. */
  minimumGroupSize: number;
  /** Why this group shows no figures (then `questions` is empty), or null. */
  suppressed: SuppressionReason | null;
  /** Why the previous edition's same group shows no figures (then no previous percentages), or null. */
  previousSuppressed: SuppressionReason | null;
  questions: QuestionResult[];
};

/**
 * The requested group's submitted responses in one edition, and whether it may
 * show figures: decided from every cell of the edition's cross table
 * (suppression.ts), so the answer is the same whichever group is asked for.
 */
export function groupStatus(
  cells: CellCountRow[],
  editionId: number,
  group: Group,
  minimumGroupSize: number,
): { submitted: number; suppressed: SuppressionReason | null } {
  const column = group ? groupingAttributeNames.indexOf(group.attribute) : -1;
  const own = cells.filter((cell) => cell.editionId === editionId);
  const submitted = own.reduce((sum, cell) => sum + (!group || cell.values[column] === group.value ? cell.count : 0), 0);
  return { submitted, suppressed: editionSuppression(own, minimumGroupSize)(group) };
}

/**
 * Counts both editions in one pass over the answers: the current one and the
 * previous one (for comparison), with the same library filters.
 */
async function countEditions(db: Db, editions: Edition[], filters: ResultFilters): Promise<Map<number, EditionCounts>> {
  const answerRows: AnswerCountRow[] = await countAnswers({ db, editionIds: editions.map((e) => e.id), filters });
  return indexEditionCounts(editions, answerRows);
}

function questionResult(question: Question, counts: EditionCounts, previous: EditionCounts | null): QuestionResult {
  const type = typeOf(question);
  const n = type.respondents(question, counts);
  const base = { label: baseLabel(question), n };
  return {
    code: question.code,
    text: question.text,
    type: question.type,
    base,
    ...resultsOf(question).figures(question, { counts, previous, n }),
  };
}

/**
 * The results of one edition, for all libraries or one group of them, beside
 * its previous edition. A group (the whole edition included) with fewer than
 * `minimumGroupSize` submitted responses, or hidden to protect such a group,
 * gets no figures at all: `suppressed` says why and `questions` is empty. Only
 * tests of the arithmetic on hand-countable data pass a smaller minimum.
 */
export async function computeEditionResults({
  db,
  edition,
  filters = {},
  minimumGroupSize = MINIMUM_GROUP_SIZE,
}: {
  db: Db;
  edition: Edition;
  filters?: ResultFilters;
  minimumGroupSize?: number;
}): Promise<EditionResults> {
  const group = requestedGroup(filters);
  const previousEdition = edition.previousEditionId ? ((await getEditionById({ db, id: edition.previousEditionId })) ?? null) : null;
  const cells = await countSubmittedByCell({
    db,
    editionIds: previousEdition ? [edition.id, previousEdition.id] : [edition.id],
    attributes: group ? groupingAttributeNames : [],
  });
  const current = groupStatus(cells, edition.id, group, minimumGroupSize);
  const previousSuppressed = previousEdition ? groupStatus(cells, previousEdition.id, group, minimumGroupSize).suppressed : null;
  const results: EditionResults = {
    edition: { code: edition.code, title: edition.title },
    previousEdition: previousEdition ? { code: previousEdition.code, title: previousEdition.title } : null,
    filters,
    submitted: current.submitted,
    inProgress: await countDrafts({ db, editionId: edition.id, filters }),
    minimumGroupSize,
    suppressed: current.suppressed,
    previousSuppressed,
    questions: [],
  };
  if (current.suppressed) return results;

  // A previous edition whose group is hidden is not counted at all: no previous percentages.
  const compared = previousEdition && !previousSuppressed ? previousEdition : null;
  const counts = await countEditions(db, compared ? [edition, compared] : [edition], filters);
  const previous = compared ? counts.get(compared.id)! : null;
  results.questions = listQuestions(edition.definition).map((q) => questionResult(q, counts.get(edition.id)!, previous));
  return results;
}

/**
 * Results only change when the database does. SQLite says so cheaply:
 * `data_version` changes when another connection commits, `total_changes()`
 * when this one writes. A page viewed again with nothing saved in between is
 * served from memory; any write anywhere recomputes.
 */
const cache = new WeakMap<Db, Map<string, { version: string; results: EditionResults }>>();
const CACHE_ENTRIES = 50;

function databaseVersion(db: Db): string {
  const dataVersion = db.$client.pragma('data_version', { simple: true });
  const ownChanges = (db.$client.prepare('select total_changes() as n').get() as { n: number }).n;
  return `${dataVersion}:${ownChanges}`;
}

/** Same, by edition code; undefined when the edition does not exist. Cached until the database changes. */
export async function computeResultsForCode({
  db,
  code,
  filters = {},
  useCache = true,
}: {
  db: Db;
  code: string;
  filters?: ResultFilters;
  useCache?: boolean;
}): Promise<EditionResults | undefined> {
  const version = databaseVersion(db);
  const key = JSON.stringify([code, Object.entries(filters).sort(([a], [b]) => a.localeCompare(b))]);
  const entries = cache.get(db) ?? new Map<string, { version: string; results: EditionResults }>();
  cache.set(db, entries);
  const hit = entries.get(key);
  if (useCache && hit && hit.version === version) return hit.results;
  const edition = await getEditionByCode({ db, code });
  if (!edition) return undefined;
  const results = await computeEditionResults({ db, edition, filters });
  entries.delete(key);
  entries.set(key, { version, results });
  if (entries.size > CACHE_ENTRIES) entries.delete(entries.keys().next().value!);
  return results;
}

export function findQuestionResult(results: EditionResults, questionCode: string): QuestionResult | undefined {
  return results.questions.find((q) => q.code === questionCode);
}
