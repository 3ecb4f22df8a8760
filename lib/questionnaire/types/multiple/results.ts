import type { QuestionResult } from '@/lib/results/aggregate';
import type { EditionCounts } from '@/lib/results/compare';
import { wholePercent } from '@/lib/figures/percent';
import { fillTemplate } from '@/lib/wording/results';
import type { Question } from '../../definition';
import { optionFigures, topOptionSentence } from '../choice/results';
import { noFigures, type FiguresContext } from '../question-type';
import { commonResultFields, commonSentences, commonTableRows } from '../results';
import type { TypeResults } from '../surfaces';
import multipleChoice, { type MultipleChoiceQuestion } from './type';

/** The respondents who chose an option that is not exclusive, by their rows at position 1. */
function withOtherThanExclusive(question: Question | undefined, counts: EditionCounts, questionCode: string): number {
  const exclusive = new Set(multipleChoice.is(question) ? question.options.filter((o) => o.exclusive).map((o) => o.code) : []);
  return counts
    .options(questionCode)
    .filter((row) => !exclusive.has(row.optionCode))
    .reduce((sum, row) => sum + row.firsts, 0);
}

function atLeastOne(question: MultipleChoiceQuestion, { counts, previous, n }: FiguresContext, previousN: number) {
  const count = withOtherThanExclusive(question, counts, question.code);
  const percent = wholePercent(count, n);
  const earlier = previous?.question(question.code);
  const previousPercent =
    previous && multipleChoice.is(earlier) && earlier.options.some((o) => o.exclusive)
      ? wholePercent(withOtherThanExclusive(earlier, previous, question.code), previousN)
      : null;
  const wording = question.resultAtLeastOne;
  const result: QuestionResult['atLeastOne'] = {
    count,
    percent,
    label: wording?.label ?? null,
    previousPercent,
    sentence: wording && percent !== null ? fillTemplate(wording.sentence, { percent }) : null,
  };
  return result;
}

/** Each option's share of the respondents, the share that chose more than the exclusive option, and the sentence for the most chosen one. */
const multipleResults: TypeResults<MultipleChoiceQuestion> = {
  figures(question, context) {
    const previousN = context.previous ? multipleChoice.respondents(question, context.previous) : 0;
    const options = optionFigures(question, context, previousN);
    return {
      ...noFigures(),
      multipleAnswers: (question.maxChoices ?? question.options.length) > 1,
      options,
      atLeastOne: question.options.some((o) => o.exclusive) ? atLeastOne(question, context, previousN) : null,
      sentence: topOptionSentence(question, options),
    };
  },
  resultFields: commonResultFields,
  resultSentences: commonSentences,
  resultTableRows: commonTableRows,
};

export default multipleResults;
