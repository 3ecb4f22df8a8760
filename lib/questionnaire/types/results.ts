import type { QuestionResult } from '@/lib/results/aggregate';
import type { ChartRow } from '@/lib/figures/bar-chart';
import type { ExportCell } from './question-type';

/*
 * What the results do with a question's figures besides its summary on the
 * page, for the types whose figures are the common ones (options, an
 * at-least-one share, numbers): the API's fields, the sentences above the
 * figures, the rows of the results table in the XLSX/CSV download and the bars
 * of the chart. A type with figures of its own answers these itself.
 */

/** The words of the results table (messages/nl/exports.json, `results`). */
export type ResultTableWords = { mean: string; median: string; sum: string };

/** The API's fields of a question's figures (docs/api.md), after its code, text, type and base. */
export function commonResultFields(q: QuestionResult) {
  const sentences = commonSentences(q);
  return {
    multipleAnswers: q.multipleAnswers,
    options: q.options.map(({ code, label, count, percent, previousPercent, change }) => ({
      code,
      label,
      count,
      percent,
      previousPercent,
      change,
    })),
    ...(q.atLeastOne
      ? {
          atLeastOne: {
            label: q.atLeastOne.label,
            count: q.atLeastOne.count,
            percent: q.atLeastOne.percent,
            previousPercent: q.atLeastOne.previousPercent,
          },
        }
      : {}),
    ...(sentences.length > 0 ? { sentences } : {}),
    ...(q.numbers ? { numbers: q.numbers } : {}),
    ...(q.ratio ? { ratio: q.ratio } : {}),
  };
}

/** A question's figures in the results API; a type may add fields of its own. */
export type ResultFields = ReturnType<typeof commonResultFields>;

/** The publication-like sentences: the at-least-one share's first, then the most chosen option's. */
export function commonSentences(q: QuestionResult): string[] {
  return [q.atLeastOne?.sentence, q.sentence].filter((s): s is string => !!s);
}

/** The results table's rows after the question's columns: label, count, percent, previous percent; or the number figures. */
export function commonTableRows(q: QuestionResult, words: ResultTableWords): ExportCell[][] {
  const rows: ExportCell[][] = q.options.map((o) => [o.label, o.count, o.percent ?? '', o.previousPercent ?? '']);
  if (q.atLeastOne?.label)
    rows.push([q.atLeastOne.label, q.atLeastOne.count, q.atLeastOne.percent ?? '', q.atLeastOne.previousPercent ?? '']);
  if (q.numbers) {
    rows.push([words.mean, q.numbers.mean ?? '']);
    rows.push([words.median, q.numbers.median ?? '']);
    rows.push([words.sum, q.numbers.sum]);
  }
  return rows;
}

/** Options by share, largest first; ties keep the questionnaire's order. */
function sortByShare<T extends { count: number }>(options: T[]): T[] {
  return options
    .map((option, index) => ({ option, index }))
    .sort((a, b) => b.option.count - a.option.count || a.index - b.index)
    .map(({ option }) => option);
}

/** A choice's bars: the at-least-one share first (emphasised), then the options by share. */
export function optionChartRows(q: QuestionResult): ChartRow[] {
  const rows: ChartRow[] = sortByShare(q.options).map((o) => ({
    label: o.label,
    count: o.count,
    percent: o.percent,
    previousPercent: o.previousPercent,
  }));
  if (q.atLeastOne?.label) {
    const { label, count, percent, previousPercent } = q.atLeastOne;
    rows.unshift({ label, count, percent, previousPercent, emphasis: true });
  }
  return rows;
}
