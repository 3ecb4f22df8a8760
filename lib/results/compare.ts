import type { Edition } from '@/lib/editions/queries';
import { findQuestion, isChoiceQuestion, listQuestions, type Question } from '@/lib/questionnaire/definition';
import type { ValueCount } from './numbers';
import type { AnswerCountRow } from './queries';

/**
 * One edition's counts, looked up by the definition's stable codes. Comparing
 * editions is a lookup of the same question and option code in the previous
 * edition's counts; an option that edition did not have has no previous figure.
 */
export type EditionCounts = {
  respondents(question: Question): number;
  optionCount(questionCode: string, optionCode: string): number;
  withOther(questionCode: string): number;
  histogram(questionCode: string): ValueCount[];
  hasOption(questionCode: string, optionCode: string): boolean;
  hasExclusive(questionCode: string): boolean;
};

export function indexEditionCounts(editions: Edition[], answerRows: AnswerCountRow[]): Map<number, EditionCounts> {
  const result = new Map<number, EditionCounts>();
  for (const edition of editions) {
    const def = edition.definition;
    const rowsPerQuestion = new Map<string, number>();
    const optionCounts = new Map<string, number>();
    const histograms = new Map<string, ValueCount[]>();
    // A respondent has exactly one row at position 1 per question, and it is
    // a non-exclusive option whenever they chose one (exclusive options are
    // stored last): both counts are sums of `firsts` over the options.
    const respondents = new Map<string, number>();
    const withOther = new Map<string, number>();
    const exclusive = new Set(
      listQuestions(def).flatMap((q) => (q.type === 'multiple' ? q.options.filter((o) => o.exclusive).map((o) => `${q.code}\u0000${o.code}`) : [])),
    );
    for (const row of answerRows) {
      if (row.editionId !== edition.id) continue;
      rowsPerQuestion.set(row.questionCode, (rowsPerQuestion.get(row.questionCode) ?? 0) + row.count);
      respondents.set(row.questionCode, (respondents.get(row.questionCode) ?? 0) + row.firsts);
      if (row.optionCode !== null && !exclusive.has(`${row.questionCode}\u0000${row.optionCode}`)) {
        withOther.set(row.questionCode, (withOther.get(row.questionCode) ?? 0) + row.firsts);
      }
      if (row.optionCode !== null) {
        const key = `${row.questionCode}\u0000${row.optionCode}`;
        optionCounts.set(key, (optionCounts.get(key) ?? 0) + row.count);
      } else if (row.numberValue !== null) {
        const list = histograms.get(row.questionCode) ?? [];
        list.push({ value: row.numberValue, count: row.count });
        histograms.set(row.questionCode, list);
      }
    }
    result.set(edition.id, {
      // A multiple choice has a row per chosen option; every other question
      // has exactly one row per respondent.
      respondents: (question) =>
        question.type === 'multiple' ? respondents.get(question.code) ?? 0 : rowsPerQuestion.get(question.code) ?? 0,
      optionCount: (q, o) => optionCounts.get(`${q}\u0000${o}`) ?? 0,
      withOther: (q) => withOther.get(q) ?? 0,
      histogram: (q) => histograms.get(q) ?? [],
      hasOption: (q, o) => {
        const question = findQuestion(def, q);
        return !!question && isChoiceQuestion(question) && question.options.some((option) => option.code === o);
      },
      hasExclusive: (q) => {
        const question = findQuestion(def, q);
        return !!question && question.type === 'multiple' && question.options.some((option) => option.exclusive);
      },
    });
  }
  return result;
}
