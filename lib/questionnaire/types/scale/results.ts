import type { TypeResults } from '../surfaces';
import { scaleFigures, scaleResultFields, scaleTableRows } from './figures';
import type { ScaleQuestion } from './type';

/** The distribution in the scale's order, mean and median with their base, "weet niet" apart (figures.ts). */
const scaleResults: TypeResults<ScaleQuestion> = {
  figures: scaleFigures,
  resultFields: scaleResultFields,
  // Its figures are said in the summary's lines (mean, median, base), not in a sentence of the definition's.
  resultSentences: () => [],
  resultTableRows: scaleTableRows,
};

export default scaleResults;
