import { noFigures } from '../question-type';
import { commonResultFields, commonSentences, commonTableRows } from '../results';
import type { TypeResults } from '../surfaces';
import type { TextQuestion } from './type';

/** Only who wrote something is counted (the base); the texts are read apart (lib/results/free-texts.ts). */
const textResults: TypeResults<TextQuestion> = {
  figures: () => noFigures(),
  resultFields: commonResultFields,
  resultSentences: commonSentences,
  resultTableRows: commonTableRows,
};

export default textResults;
