import type { Edition } from '@/lib/editions/queries';
import { listQuestions, type Question } from '@/lib/questionnaire/definition';
import type { ValueCount } from '@/lib/figures/number-stats';
import type { AnswerCountRow } from './queries';

/** An option's answer rows in one edition: all of them, and those at position 1. */
type OptionCount = { optionCode: string; count: number; firsts: number };

/**
 * One edition's counts, looked up by the definition's stable codes. Comparing
 * editions is a lookup of the same question and option code in the previous
 * edition's counts; an option that edition did not have has no previous
 * figure. What the counts mean for a question is its type's business
 * (lib/questionnaire/types/).
 */
export type EditionCounts = {
  /** That edition's question with this code. */
  question(questionCode: string): Question | undefined;
  /** The question's answer rows. */
  rows(questionCode: string): number;
  /** Its rows at position 1: one per respondent. */
  firsts(questionCode: string): number;
  /** Its rows per option code, in the order counted. */
  options(questionCode: string): OptionCount[];
  optionCount(questionCode: string, optionCode: string): number;
  histogram(questionCode: string): ValueCount[];
};

export function indexEditionCounts(editions: Edition[], answerRows: AnswerCountRow[]): Map<number, EditionCounts> {
  const result = new Map<number, EditionCounts>();
  for (const edition of editions) {
    const questions = new Map(listQuestions(edition.definition).map((q) => [q.code, q]));
    const rows = new Map<string, number>();
    const firsts = new Map<string, number>();
    const options = new Map<string, OptionCount[]>();
    const optionCounts = new Map<string, number>();
    const histograms = new Map<string, ValueCount[]>();
    for (const row of answerRows) {
      if (row.editionId !== edition.id) continue;
      rows.set(row.questionCode, (rows.get(row.questionCode) ?? 0) + row.count);
      firsts.set(row.questionCode, (firsts.get(row.questionCode) ?? 0) + row.firsts);
      if (row.optionCode !== null) {
        const list = options.get(row.questionCode) ?? [];
        list.push({ optionCode: row.optionCode, count: row.count, firsts: row.firsts });
        options.set(row.questionCode, list);
        const key = `${row.questionCode}\u0000${row.optionCode}`;
        optionCounts.set(key, (optionCounts.get(key) ?? 0) + row.count);
      } else if (row.numberValue !== null) {
        const list = histograms.get(row.questionCode) ?? [];
        list.push({ value: row.numberValue, count: row.count });
        histograms.set(row.questionCode, list);
      }
    }
    result.set(edition.id, {
      question: (q) => questions.get(q),
      rows: (q) => rows.get(q) ?? 0,
      firsts: (q) => firsts.get(q) ?? 0,
      options: (q) => options.get(q) ?? [],
      optionCount: (q, o) => optionCounts.get(`${q}\u0000${o}`) ?? 0,
      histogram: (q) => histograms.get(q) ?? [],
    });
  }
  return result;
}
