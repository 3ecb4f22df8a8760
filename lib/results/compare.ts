import type { Edition } from '@/lib/editions/queries';
import { findQuestion, isChoiceQuestion, type Question } from '@/lib/questionnaire/definition';
import type { ValueCount } from './numbers';
import type { AnswerCountRow, RespondentCountRow } from './queries';

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

export function indexEditionCounts(
  editions: Edition[],
  answerRows: AnswerCountRow[],
  respondentRows: RespondentCountRow[],
): Map<number, EditionCounts> {
  const result = new Map<number, EditionCounts>();
  for (const edition of editions) {
    const rowsPerQuestion = new Map<string, number>();
    const optionCounts = new Map<string, number>();
    const histograms = new Map<string, ValueCount[]>();
    for (const row of answerRows) {
      if (row.editionId !== edition.id) continue;
      rowsPerQuestion.set(row.questionCode, (rowsPerQuestion.get(row.questionCode) ?? 0) + row.count);
      if (row.optionCode !== null) {
        const key = `${row.questionCode}\u0000${row.optionCode}`;
        optionCounts.set(key, (optionCounts.get(key) ?? 0) + row.count);
      } else if (row.numberValue !== null) {
        const list = histograms.get(row.questionCode) ?? [];
        list.push({ value: row.numberValue, count: row.count });
        histograms.set(row.questionCode, list);
      }
    }
    const respondents = new Map(
      respondentRows.filter((r) => r.editionId === edition.id).map((r) => [r.questionCode, r] as const),
    );
    const def = edition.definition;
    result.set(edition.id, {
      // A multiple choice has a row per chosen option, so its respondents are
      // counted apart; every other question has exactly one row per respondent.
      respondents: (question) =>
        question.type === 'multiple' ? respondents.get(question.code)?.respondents ?? 0 : rowsPerQuestion.get(question.code) ?? 0,
      optionCount: (q, o) => optionCounts.get(`${q}\u0000${o}`) ?? 0,
      withOther: (q) => respondents.get(q)?.withOther ?? 0,
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
