import type { Question } from '../definition';
import { multipleChoice } from './multiple';
import { numberQuestion } from './number';
import type { QuestionType } from './question-type';
import { singleChoice } from './single';
import { textQuestion } from './text';

/**
 * Every question type by its name in the definition. A new type is a module
 * beside these (question-type.ts says what it holds), listed here and in
 * definition.ts's union of question schemas.
 */
export const questionTypes = {
  single: singleChoice,
  multiple: multipleChoice,
  number: numberQuestion,
  text: textQuestion,
} satisfies { [Name in Question['type']]: QuestionType<Extract<Question, { type: Name }>> };

/** The fields of the respondent API's question that depend on its type, per type. */
export type PublicFields = { [Name in keyof typeof questionTypes]: ReturnType<(typeof questionTypes)[Name]['publicFields']> }[keyof typeof questionTypes];

/** The module of a question's type. */
export function typeOf<Q extends Question>(question: Q): QuestionType<Q> {
  // Sound by the registry's type: each name maps to the module of the questions with that name.
  return questionTypes[question.type as Q['type']] as unknown as QuestionType<Q>;
}

export type { ChoiceRules, QuestionType } from './question-type';
