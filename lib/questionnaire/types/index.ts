import type { Question } from '../definition';
import type { QuestionType } from './question-type';
import { questionTypes as registered } from './registry/modules';

/**
 * Every question type by its name in the definition: a folder per type
 * (`<type>/type.ts` and its components), listed in type-names.json, from
 * which scripts/question-types.mjs writes the registries in registry/.
 */
export const questionTypes = registered satisfies { [Name in Question['type']]: QuestionType<Extract<Question, { type: Name }>> };

/** The fields of the respondent API's question that depend on its type, per type. */
export type PublicFields = {
  [Name in keyof typeof questionTypes]: ReturnType<(typeof questionTypes)[Name]['publicFields']>;
}[keyof typeof questionTypes];

/** The module of a question's type. */
export function typeOf<Q extends Question>(question: Q): QuestionType<Q> {
  // Sound by the registry's type: each name maps to the module of the questions with that name.
  return questionTypes[question.type as Q['type']] as unknown as QuestionType<Q>;
}

export type { QuestionType } from './question-type';
