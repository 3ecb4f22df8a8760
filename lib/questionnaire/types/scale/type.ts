import { z } from 'zod/mini';
import type { Question } from '../../definition';
import { validationMessage as msg } from '../../messages';
import { quote } from '../../quote';
import { baseQuestion } from '../base';
import { publicOptions, type PublicOption } from '../choice/type';
import { NOT_ANSWERED, NOT_SHOWN, type DefinitionIssue, type QuestionType } from '../question-type';
import { DONT_KNOW, DONT_KNOW_VALUE, MAX_POINTS, MIN_POINTS, pointLabel, pointOf, pointsOf, scaleOptions } from './points';

/**
 * A rating scale: 3 to 11 points with labelled ends (and optionally every
 * point labelled), answered like a single choice with radio buttons in a
 * row, and optionally an answer beside the scale ("Weet niet / niet van
 * toepassing") that is counted apart from it. Stored as one row: the point's
 * code with the point as its number (none for the answer beside the scale).
 */
export const schema = z.strictObject({
  ...baseQuestion,
  type: z.literal('scale'),
  /** The points run from 1 to this number. */
  points: z.number().check(z.int(), z.minimum(MIN_POINTS), z.maximum(MAX_POINTS)),
  /** What the lowest point means ("Zeer ontevreden"). */
  lowLabel: z.string().check(z.minLength(1)),
  /** What the highest point means ("Zeer tevreden"). */
  highLabel: z.string().check(z.minLength(1)),
  /** Optionally a label for every point, lowest first. */
  pointLabels: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** The answer beside the scale ("Weet niet / niet van toepassing"), counted apart; absent: there is none. */
  dontKnow: z.optional(z.string().check(z.minLength(1))),
});

export type ScaleQuestion = z.infer<typeof schema>;

type PublicScaleFields = {
  points: number;
  lowLabel: string;
  highLabel: string;
  pointLabels: string[] | null;
  dontKnow: string | null;
  /** Every answer by its code: the points P1 … Pn, then WEET_NIET when the question has it. */
  options: PublicOption[];
};

const scaleQuestion: QuestionType<ScaleQuestion, PublicScaleFields> = {
  name: 'scale',
  definitionSchema: schema,
  is: (question: Question | undefined): question is ScaleQuestion => question?.type === 'scale',
  // Conditions name its points (and the answer beside it) as they name a single choice's options.
  choice: {
    options: scaleOptions,
    maxChosen: () => 1,
    answerOf: (_, optionCodes) => optionCodes[0],
    soleChoice: (_, value) => (typeof value === 'string' ? value : undefined),
    oneOption: true,
  },
  // Whether "weet niet" is offered decides which answers are valid: structure, like the points.
  wordingFields: ['lowLabel', 'highLabel', 'pointLabels'],

  checkDefinition(question) {
    const issues: DefinitionIssue[] = [];
    if (question.pointLabels && question.pointLabels.length !== question.points) {
      issues.push({
        path: ['pointLabels'],
        message: `pointLabels of ${question.code} must label each of its ${question.points} points`,
        params: { problem: 'pointLabelsCount', points: question.points, labels: question.pointLabels.length },
      });
    }
    return issues;
  },

  extraKeys: () => [],
  askedExtraKeys: () => [],
  requiredMessage: (question) => msg('requiredChoice', { subject: question.errorSubject ?? msg('subjectChoice') }),
  checkValue(question, value) {
    if (typeof value !== 'string') return [msg('singleType')];
    if (pointOf(question, value) === null && !(value === DONT_KNOW && question.dontKnow))
      return [msg('unknownOption', { option: quote(value) })];
    return [];
  },
  checkExtras: () => [],

  toFormValue: (_, value) => (typeof value === 'string' ? value : ''),
  fromFormValue: (_, value) => (typeof value === 'string' && value !== '' ? value : null),

  toRows(question, answers) {
    const value = answers[question.code];
    if (typeof value !== 'string') return [];
    return [{ questionCode: question.code, optionCode: value, numberValue: pointOf(question, value), textValue: null, position: 1 }];
  },
  fromRows: (question, rows) => ({ [question.code]: rows.at(-1)!.optionCode }),

  respondents: (question, counts) => counts.rows(question.code),

  freeTexts: () => null,
  describeAnswer(question, answers) {
    const value = answers[question.code];
    if (value === undefined || value === null) return undefined;
    return scaleOptions(question).find((o) => o.code === value)?.label ?? String(value);
  },
  printNotes: () => [{ key: 'chooseOne' }],
  publicFields: (question) => ({
    points: question.points,
    lowLabel: question.lowLabel,
    highLabel: question.highLabel,
    pointLabels: question.pointLabels ?? null,
    dontKnow: question.dontKnow ?? null,
    options: publicOptions({ ...question, options: scaleOptions(question) }),
  }),

  // One numeric column holding the point (ordinal); the answer beside the scale is a missing code of its own, 99.
  exportColumns: (question) => [
    {
      stem: question.code,
      label: question.text,
      kind: 'numeric',
      level: 'ordinal',
      // The labelled points (the ends, or every point): a number is its own label otherwise.
      values: pointsOf(question).flatMap((point) => {
        const label = pointLabel(question, point);
        return label ? [{ value: point, code: String(point), label }] : [];
      }),
      categorical: false,
      integer: true,
      missing: question.dontKnow ? [{ value: DONT_KNOW_VALUE, code: DONT_KNOW, label: question.dontKnow }] : undefined,
    },
  ],
  exportCellWriter: (question) => (answers, shown, cells) => {
    const value = answers[question.code];
    if (!shown) return void cells.push(NOT_SHOWN);
    if (value === DONT_KNOW && question.dontKnow) return void cells.push(DONT_KNOW_VALUE);
    cells.push(pointOf(question, value) ?? NOT_ANSWERED);
  },
  codebookNotes: () => [],
};

export default scaleQuestion;
