import { z } from 'zod/mini';
import type { Question } from '../../definition';
import { validationMessage as msg } from '../../messages';
import { baseQuestion } from '../base';
import { checkFreeText } from '../free-text';
import { NOT_ANSWERED, NOT_SHOWN, type QuestionType } from '../question-type';

/** A free text of at most `maxLength` characters; stored as one row. The results count who wrote one. */
export const schema = z.strictObject({
  ...baseQuestion,
  type: z.literal('text'),
  maxLength: z.number().check(z.int(), z.positive(), z.maximum(10000)),
});

export type TextQuestion = z.infer<typeof schema>;

const textSubject = (question: TextQuestion) => question.errorSubject ?? msg('subjectText');

const textQuestion: QuestionType<TextQuestion, { maxLength: number }> = {
  name: 'text',
  definitionSchema: schema,
  is: (question: Question | undefined): question is TextQuestion => question?.type === 'text',
  maxTextLength: (question) => question.maxLength,

  checkDefinition: () => [],

  extraKeys: () => [],
  askedExtraKeys: () => [],
  requiredMessage: (question) => msg('requiredText', { subject: textSubject(question) }),
  checkValue(question, value) {
    if (typeof value !== 'string') return [msg('textType')];
    return checkFreeText(value, question.maxLength, textSubject(question));
  },
  checkExtras: () => [],

  toFormValue: (_, value) => (typeof value === 'string' ? value : ''),
  fromFormValue: (_, value) => (typeof value === 'string' ? value : null),

  toRows(question, answers) {
    const value = answers[question.code];
    if (value === undefined || value === null) return [];
    return [{ questionCode: question.code, optionCode: null, numberValue: null, textValue: value as string, position: 1 }];
  },
  fromRows: (question, rows) => ({ [question.code]: rows.at(-1)!.textValue }),

  respondents: (question, counts) => counts.rows(question.code),

  freeTexts: () => ({ option: null }),
  describeAnswer(question, answers) {
    const value = answers[question.code];
    return value === undefined || value === null ? undefined : String(value);
  },
  printNotes: (question) => [{ key: 'text', values: { max: question.maxLength } }],
  publicFields: (question) => ({ maxLength: question.maxLength }),

  exportColumns: (question) => [
    {
      stem: question.code,
      label: question.text,
      kind: 'string',
      level: 'nominal',
      values: [],
      categorical: false,
      maxLength: question.maxLength,
    },
  ],
  exportCellWriter: (question) => (answers, shown, cells) => {
    const value = answers[question.code];
    cells.push(!shown ? NOT_SHOWN : typeof value === 'string' && value !== '' ? value : NOT_ANSWERED);
  },
  codebookNotes: (question, words) => [words.maxLength(question.maxLength)],
};

export default textQuestion;
