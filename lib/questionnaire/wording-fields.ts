import { questionTypes, type QuestionType } from './types';

/**
 * What may still change once an edition is open. Answers are stored under
 * question and option codes and were checked against the rules of the
 * moment, so everything that decides what an answer is or may be is
 * structure: codes and their order, types, options, `required`,
 * `exclusive`/`other`, `maxChoices`, `min`/`max`/`integer`, `atMost`,
 * `maxLength`, conditions, and the edition links. Changing any of it would
 * mix answers given under different rules.
 *
 * Wording is what people read, on the form or in the results; correcting it
 * leaves every stored answer meaning what it meant:
 */
const WORDING_FIELDS = [
  'title',
  'text',
  'description',
  'label',
  'unit',
  'errorSubject',
  'followUpsName',
  'resultPhrase',
  'resultBase',
  'resultSentence',
  // Its label and sentence only word an extra result line.
  'resultAtLeastOne',
  // The start page's texts (definition.startPage).
  'purpose',
  'duration',
  'privacy',
  'contact',
] as const;

/** These, and each question type's own wording fields (a scale's end labels). */
export const wordingFieldNames: ReadonlySet<string> = new Set<string>([
  ...WORDING_FIELDS,
  ...Object.values(questionTypes).flatMap((type: QuestionType) => type.wordingFields ?? []),
]);
