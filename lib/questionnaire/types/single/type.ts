import { z } from 'zod/mini';
import type { Question } from '../../definition';
import { validationMessage as msg } from '../../messages';
import { quote } from '../../quote';
import {
  askedOtherTextKeys,
  checkOptionCodes,
  checkOtherText,
  choiceNotes,
  choiceSubject,
  choiceQuestion,
  describeChoice,
  optionRows,
  optionNumbers,
  optionValues,
  otherTextCellWriter,
  otherTextColumns,
  otherTextFromRows,
  otherTextKeys,
  otherTextSource,
  publicOptions,
  type PublicOption,
} from '../choice/type';
import { NOT_ANSWERED, NOT_SHOWN, type QuestionType } from '../question-type';

/** Single choice: one option, shown as radio buttons; stored as one row. */
export const schema = z.strictObject({ ...choiceQuestion, type: z.literal('single') });

export type SingleChoiceQuestion = z.infer<typeof schema>;

/** A question answered Ja or Nee, which GOV.UK asks to "Kies ja of nee" without naming it. */
const isYesNo = (question: SingleChoiceQuestion) =>
  question.options.length === 2 &&
  question.options.map((o) => o.label.trim().toLowerCase()).join('|') === `${msg('yes')}|${msg('no')}`.toLowerCase();

const singleChoice: QuestionType<SingleChoiceQuestion, { options: PublicOption[] }> = {
  name: 'single',
  definitionSchema: schema,
  is: (question: Question | undefined): question is SingleChoiceQuestion => question?.type === 'single',
  choice: {
    options: (question) => question.options,
    maxChosen: () => 1,
    answerOf: (_, optionCodes) => optionCodes[0],
    oneOption: true,
    soleChoice: (_, value) => (typeof value === 'string' ? value : undefined),
  },

  checkDefinition(question) {
    const issues = checkOptionCodes(question);
    // "Nothing else" has no meaning when only one option can be picked anyway.
    question.options.forEach((option, o) => {
      if (option.exclusive) {
        issues.push({
          path: ['options', o, 'exclusive'],
          message: `exclusive options need a multiple choice (${question.code})`,
          params: { problem: 'exclusiveNeedsMultiple' },
        });
      }
    });
    return issues;
  },

  extraKeys: otherTextKeys,
  askedExtraKeys: askedOtherTextKeys,
  requiredMessage: (question) => (isYesNo(question) ? msg('requiredYesNo') : msg('requiredChoice', { subject: choiceSubject(question) })),
  checkValue(question, value) {
    if (typeof value !== 'string') return [msg('singleType')];
    if (!question.options.some((o) => o.code === value)) return [msg('unknownOption', { option: quote(value) })];
    return [];
  },
  checkExtras: checkOtherText,

  toFormValue: (_, value) => (typeof value === 'string' ? value : ''),
  fromFormValue: (_, value) => (typeof value === 'string' ? value : null),

  toRows(question, answers) {
    const value = answers[question.code];
    if (value === undefined || value === null) return [];
    return optionRows(question, [value as string], answers);
  },
  fromRows(question, rows) {
    const answers = { [question.code]: rows.at(-1)!.optionCode };
    return { ...answers, ...otherTextFromRows(question, rows) };
  },

  respondents: (question, counts) => counts.rows(question.code),

  freeTexts: otherTextSource,
  describeAnswer: describeChoice,
  printNotes: () => [{ key: 'chooseOne' }],
  publicFields: (question) => ({ options: publicOptions(question) }),

  // One numeric column, the option's number with value labels; CSV and XLSX show its code or label.
  exportColumns: (question, words) => [
    { stem: question.code, label: question.text, kind: 'numeric', level: 'nominal', values: optionValues(question), categorical: true },
    ...otherTextColumns(question, words),
  ],
  exportCellWriter(question) {
    const numbers = optionNumbers(question);
    const otherText = otherTextCellWriter(question);
    return (answers, shown, cells) => {
      const value = answers[question.code];
      cells.push(!shown ? NOT_SHOWN : (typeof value === 'string' && numbers.get(value)) || NOT_ANSWERED);
      otherText(answers, shown, cells);
    };
  },
  codebookNotes: choiceNotes,
};

export default singleChoice;
