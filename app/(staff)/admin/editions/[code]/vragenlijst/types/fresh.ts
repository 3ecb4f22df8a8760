import type { ChoiceQuestion, Option, Question } from '@/lib/questionnaire/definition';
import { typeOf } from '@/lib/questionnaire/types';
import { newOptions } from '../model/items';

/*
 * What the editor does per question type that is not a component: the
 * question a type change makes, and how the type's own references to other
 * questions follow a renamed code. A new type adds its entry to each map.
 */

/** The fields every type has, which a change of type keeps. */
export type CommonFields = Pick<Question, 'code' | 'text' | 'description' | 'required' | 'errorSubject' | 'condition' | 'resultBase'>;

type Of<Name extends Question['type']> = Extract<Question, { type: Name }>;

/** The earlier question's choice fields, when it was a choice question: they carry over between choice types. */
function choiceParts(previous: Question | undefined): { options?: Option[]; followUpsName?: string; resultSentence?: string } {
  const choice = previous && typeOf(previous).choice;
  if (!previous || !choice) return {};
  const { followUpsName, resultSentence } = previous as ChoiceQuestion;
  return { options: [...choice.options(previous)], followUpsName, resultSentence };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** A question of each type made from the common fields; type-specific fields start afresh (options carry over between choice types). */
export const freshQuestion: { [Name in Question['type']]: (common: CommonFields, previous?: Question) => Of<Name> } = {
  single(common, previous) {
    const { options, ...rest } = choiceParts(previous);
    // "Excludes the others" means nothing when only one option can be picked.
    const kept = options?.map((option) => withoutUndefined({ ...option, exclusive: undefined }));
    return withoutUndefined({ ...common, ...rest, type: 'single', options: kept ?? newOptions(2) });
  },
  multiple(common, previous) {
    const { options, ...rest } = choiceParts(previous);
    return withoutUndefined({ ...common, ...rest, type: 'multiple', options: options ?? newOptions(2) });
  },
  number: (common) => withoutUndefined({ ...common, type: 'number', min: 0, max: 100, integer: true }),
  text: (common) => withoutUndefined({ ...common, type: 'text', maxLength: 1000 }),
};

/** A question's references to other questions that belong to its type (a condition is every type's). */
export const renameTypeReferences: { [Name in Question['type']]: (question: Of<Name>, from: string, to: string) => Of<Name> } = {
  single: (question) => question,
  multiple: (question) => question,
  number: (question, from, to) => (question.atMost === from ? { ...question, atMost: to } : question),
  text: (question) => question,
};
