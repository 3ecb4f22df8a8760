import messages from '@/messages/nl/exports.json';
import { fillTemplate } from '@/lib/wording/results';
import type { CodebookWords, ExportWords } from '@/lib/questionnaire/types/question-type';

export const exportText = messages.exports;

/** The Dutch words the type modules put in labels. */
export const exportWords: ExportWords = {
  chosen: exportText.chosen,
  notChosen: exportText.notChosen,
  optionLabel: (question, option) => fillTemplate(exportText.optionLabel, { question, option }),
  otherText: (question, option) => fillTemplate(exportText.otherText, { question, option }),
};

const numberFormat = new Intl.NumberFormat('nl-NL');

export const codebookWords: CodebookWords = {
  numberRange: ({ min, max, unit, integer }) =>
    fillTemplate(exportText.numberRange, {
      min: numberFormat.format(min),
      max: numberFormat.format(max),
      unit: unit ? ` ${unit}` : '',
      integer: integer ? exportText.wholeNumber : '',
    }),
  maxLength: (max) => fillTemplate(exportText.maxLength, { max }),
  exclusive: (label) => `${label}: ${exportText.exclusiveOption}`,
};
