import type { Db } from '@/db/client';
import { getEditionById, getEditionByCode, type Edition } from '@/lib/editions/queries';
import { isChoiceQuestion, listQuestions, type Question } from '@/lib/questionnaire/definition';
import { fillTemplate, baseLabel, optionSentence } from './wording';
import type { ResultFilters } from './filters';
import { numberStatsFromHistogram, type NumberStats } from './numbers';
import { percentOfAmounts, wholePercent } from './percent';
import { countAnswers, countResponsesByStatus, type AnswerCountRow } from './queries';
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

export type Share = { count: number; percent: number | null };

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

export type EditionResults = {
  edition: { code: string; title: string };
  previousEdition: { code: string; title: string } | null;
  filters: ResultFilters;
  /** Submitted responses (the results count only these). */
  submitted: number;
  /** Started but not submitted. */
  inProgress: number;
  questions: QuestionResult[];
};

/**
 * Counts both editions in one pass over the answers: the current one and the
 * previous one (for comparison), with the same library filters.
 */
function countEditions(db: Db, editions: Edition[], filters: ResultFilters): Map<number, EditionCounts> {
  const answerRows: AnswerCountRow[] = countAnswers({ db, editionIds: editions.map((e) => e.id), filters });
  return indexEditionCounts(editions, answerRows);
}

function questionResult(question: Question, counts: EditionCounts, previous: EditionCounts | null): QuestionResult {
  const n = counts.respondents(question);
  const base = { label: baseLabel(question), n };
  const common = { code: question.code, text: question.text, type: question.type, base };
  if (!isChoiceQuestion(question)) {
    const numbers =
      question.type === 'number' ? { ...numberStatsFromHistogram(counts.histogram(question.code)), unit: question.unit ?? null } : null;
    let ratio: QuestionResult['ratio'] = null;
    if (question.type === 'number' && question.atMost && numbers) {
      const whole = numberStatsFromHistogram(counts.histogram(question.atMost)).sum;
      ratio = { part: numbers.sum, whole, wholeQuestion: question.atMost, percent: percentOfAmounts(numbers.sum, whole), unit: question.unit ?? null };
    }
    return { ...common, multipleAnswers: false, options: [], atLeastOne: null, sentence: null, numbers, ratio };
  }

  const previousN = previous?.respondents(question) ?? 0;
  const previousHas = (optionCode: string) => previous?.hasOption(question.code, optionCode) ?? false;
  const options: OptionResult[] = question.options.map((option) => {
    const count = counts.optionCount(question.code, option.code);
    const percent = wholePercent(count, n);
    const previousPercent =
      previous && previousHas(option.code) ? wholePercent(previous.optionCount(question.code, option.code), previousN) : null;
    return {
      code: option.code,
      label: option.label,
      count,
      percent,
      previousPercent,
      change: percent !== null && previousPercent !== null ? percent - previousPercent : null,
      exclusive: option.exclusive ?? false,
    };
  });

  let atLeastOne: QuestionResult['atLeastOne'] = null;
  if (question.type === 'multiple' && question.options.some((o) => o.exclusive)) {
    const withOther = counts.withOther(question.code);
    const percent = wholePercent(withOther, n);
    const previousPercent =
      previous && previous.hasExclusive(question.code) ? wholePercent(previous.withOther(question.code), previousN) : null;
    atLeastOne = {
      count: withOther,
      percent,
      label: question.resultAtLeastOne?.label ?? null,
      previousPercent,
      sentence: question.resultAtLeastOne && percent !== null ? fillTemplate(question.resultAtLeastOne.sentence, { percent }) : null,
    };
  }

  const top = options.filter((o) => !o.exclusive && o.count > 0).sort((a, b) => b.count - a.count)[0];
  const topOption = top && question.options.find((o) => o.code === top.code)!;
  return {
    ...common,
    multipleAnswers: question.type === 'multiple' && (question.maxChoices ?? question.options.length) > 1,
    options,
    atLeastOne,
    sentence: top && top.percent !== null ? optionSentence(question, topOption!, top.percent) : null,
    numbers: null,
    ratio: null,
  };
}

/** The results of one edition, optionally for a subset of libraries, beside its previous edition. */
export function computeEditionResults({
  db,
  edition,
  filters = {},
}: {
  db: Db;
  edition: Edition;
  filters?: ResultFilters;
}): EditionResults {
  const previousEdition = edition.previousEditionId ? getEditionById({ db, id: edition.previousEditionId }) ?? null : null;
  const editions = previousEdition ? [edition, previousEdition] : [edition];
  const counts = countEditions(db, editions, filters);
  const status = countResponsesByStatus({ db, editionId: edition.id, filters });
  const current = counts.get(edition.id)!;
  const previous = previousEdition ? counts.get(previousEdition.id)! : null;
  return {
    edition: { code: edition.code, title: edition.title },
    previousEdition: previousEdition ? { code: previousEdition.code, title: previousEdition.title } : null,
    filters,
    submitted: status.submitted,
    inProgress: status.draft,
    questions: listQuestions(edition.definition).map((q) => questionResult(q, current, previous)),
  };
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
export function computeResultsForCode({
  db,
  code,
  filters = {},
  useCache = true,
}: {
  db: Db;
  code: string;
  filters?: ResultFilters;
  useCache?: boolean;
}): EditionResults | undefined {
  const version = databaseVersion(db);
  const key = JSON.stringify([code, Object.entries(filters).sort(([a], [b]) => a.localeCompare(b))]);
  const entries = cache.get(db) ?? new Map<string, { version: string; results: EditionResults }>();
  cache.set(db, entries);
  const hit = entries.get(key);
  if (useCache && hit && hit.version === version) return hit.results;
  const edition = getEditionByCode({ db, code });
  if (!edition) return undefined;
  const results = computeEditionResults({ db, edition, filters });
  entries.delete(key);
  entries.set(key, { version, results });
  if (entries.size > CACHE_ENTRIES) entries.delete(entries.keys().next().value!);
  return results;
}

export function findQuestionResult(results: EditionResults, questionCode: string): QuestionResult | undefined {
  return results.questions.find((q) => q.code === questionCode);
}
