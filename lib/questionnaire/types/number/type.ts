import { z } from 'zod/mini';
import { formatDutchNumber, parseDutchNumber } from '@/lib/figures/dutch-number';
import type { Question } from '../../definition';
import { validationMessage as msg } from '../../messages';
import { baseQuestion, code } from '../base';
import { NOT_ANSWERED, NOT_SHOWN, type DefinitionIssue, type PrintNote, type QuestionType } from '../question-type';

/** A number between `min` and `max`, typed in Dutch ("12,5"); stored as one row with its value. */
export const schema = z.strictObject({
  ...baseQuestion,
  type: z.literal('number'),
  min: z._default(z.number(), 0),
  max: z.number(),
  integer: z._default(z.boolean(), true),
  unit: z.optional(z.string()),
  /** The answer may not exceed the answer to this other number question. */
  atMost: z.optional(code),
});

export type NumberQuestion = z.infer<typeof schema>;

/** How messages name a number question: its subject, else "het aantal <unit>", else "het antwoord". */
function numberSubject(question: NumberQuestion): string {
  if (question.errorSubject) return question.errorSubject;
  return question.unit ? msg('subjectNumberUnit', { unit: question.unit }) : msg('subjectNumber');
}

type PublicNumberFields = { min: number; max: number; integer: boolean; unit: string | null; atMost: string | null };

const numberQuestion: QuestionType<NumberQuestion, PublicNumberFields> = {
  name: 'number',
  definitionSchema: schema,
  is: (question: Question | undefined): question is NumberQuestion => question?.type === 'number',
  numberRange: (question) => ({ min: question.min, max: question.max, integer: question.integer, atMost: question.atMost ?? null }),

  checkDefinition(question, earlier) {
    const issues: DefinitionIssue[] = [];
    if (question.min > question.max) {
      issues.push({
        path: ['min'],
        message: `min exceeds max in ${question.code}`,
        params: { problem: 'minAboveMax', min: question.min, max: question.max },
      });
    }
    if (question.atMost && !numberQuestion.is(earlier.get(question.atMost))) {
      issues.push({
        path: ['atMost'],
        message: `atMost of ${question.code} must name an earlier number question`,
        params: { problem: 'atMostInvalid', question: question.atMost },
      });
    }
    return issues;
  },

  extraKeys: () => [],
  askedExtraKeys: () => [],
  requiredMessage: (question) => msg('requiredNumber', { subject: numberSubject(question) }),
  checkValue(question, value, { answers, question: find }) {
    const subject = numberSubject(question);
    // One message for "no number" and "no whole number" where only whole numbers will do.
    const notANumber = () => [msg(question.integer ? 'integer' : 'numberType', { subject })];
    if (typeof value !== 'number' || !Number.isFinite(value)) return notANumber();
    if (question.integer && !Number.isInteger(value)) return notANumber();
    if (value < question.min) return [msg('min', { subject, min: formatDutchNumber(question.min) })];
    if (value > question.max) return [msg('max', { subject, max: formatDutchNumber(question.max) })];
    if (question.atMost) {
      const limit = answers[question.atMost];
      if (typeof limit === 'number' && Number.isFinite(limit) && value > limit) {
        // Respondents know the other question by its subject, not by its code.
        const other = find(question.atMost);
        const otherSubject = numberQuestion.is(other) ? numberSubject(other) : question.atMost;
        return [msg('atMost', { subject, other: otherSubject, value: formatDutchNumber(limit) })];
      }
    }
    return [];
  },
  checkExtras: () => [],

  toFormValue: (_, value) => (typeof value === 'number' ? formatDutchNumber(value) : ''),
  // Text that is no number goes on as it is, so the schema says "Vul een getal in.".
  fromFormValue: (_, value) => (typeof value === 'string' ? parseDutchNumber(value) : null),

  toRows(question, answers) {
    const value = answers[question.code];
    if (value === undefined || value === null) return [];
    return [{ questionCode: question.code, optionCode: null, numberValue: value as number, textValue: null, position: 1 }];
  },
  fromRows: (question, rows) => ({ [question.code]: rows.at(-1)!.numberValue }),

  respondents: (question, counts) => counts.rows(question.code),

  freeTexts: () => null,
  describeAnswer(question, answers) {
    const value = answers[question.code];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'number') return String(value);
    return question.unit ? `${formatDutchNumber(value)} ${question.unit}` : formatDutchNumber(value);
  },
  printNotes(question, numberOf) {
    const notes: PrintNote[] = [
      {
        key: 'numberRange',
        values: {
          min: formatDutchNumber(question.min),
          max: formatDutchNumber(question.max),
          integer: question.integer ? 'true' : 'false',
        },
      },
    ];
    if (question.atMost) notes.push({ key: 'atMost', values: { number: numberOf(question.atMost) } });
    return notes;
  },
  publicFields: (question) => ({
    min: question.min,
    max: question.max,
    integer: question.integer,
    unit: question.unit ?? null,
    atMost: question.atMost ?? null,
  }),

  exportColumns: (question) => [
    {
      stem: question.code,
      label: question.text,
      kind: 'numeric',
      level: 'scale',
      values: [],
      categorical: false,
      integer: question.integer,
    },
  ],
  exportCellWriter: (question) => (answers, shown, cells) => {
    const value = answers[question.code];
    cells.push(!shown ? NOT_SHOWN : typeof value === 'number' ? value : NOT_ANSWERED);
  },
  codebookNotes: (question, words) => [
    words.numberRange({ min: question.min, max: question.max, unit: question.unit ?? null, integer: question.integer }),
  ],
};

export default numberQuestion;
