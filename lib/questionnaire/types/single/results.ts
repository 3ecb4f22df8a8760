import { optionFigures, topOptionSentence } from '../choice/results';
import { noFigures } from '../question-type';
import { commonResultFields, commonSentences, commonTableRows } from '../results';
import type { TypeResults } from '../surfaces';
import singleChoice, { type SingleChoiceQuestion } from './type';

/** Each option's share of the respondents, and the sentence for the most chosen one. */
const singleResults: TypeResults<SingleChoiceQuestion> = {
  figures(question, context) {
    const previousN = context.previous ? singleChoice.respondents(question, context.previous) : 0;
    const options = optionFigures(question, context, previousN);
    return { ...noFigures(), options, sentence: topOptionSentence(question, options) };
  },
  resultFields: commonResultFields,
  resultSentences: commonSentences,
  resultTableRows: commonTableRows,
};

export default singleResults;
