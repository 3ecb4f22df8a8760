import type { Question } from '@/lib/questionnaire/definition';
import { typeEditors } from '@/lib/questionnaire/types/registry/editor';
import type { CommonFields, TypeEditor } from '@/lib/questionnaire/types/surfaces';

/*
 * What the editor does per question type that is not a component, asked of
 * the type's folder (editor.ts): the question a type change makes, and how
 * the type's own references to other questions follow a renamed code.
 */

export type { CommonFields };

const editorOf = <Name extends Question['type']>(name: Name) =>
  typeEditors[name] as unknown as TypeEditor<Extract<Question, { type: Name }>>;

/** A question of the given type made from the common fields; type-specific fields start afresh (options carry over between choice types). */
export function freshQuestion<Name extends Question['type']>(
  type: Name,
  common: CommonFields,
  previous?: Question,
): Extract<Question, { type: Name }> {
  return editorOf(type).fresh(common, previous);
}

/** A question's references to other questions that belong to its type (a condition is every type's). */
export function renameTypeReferences<Q extends Question>(question: Q, from: string, to: string): Q {
  return (typeEditors[question.type] as unknown as TypeEditor<Q>).renameReferences(question, from, to);
}
