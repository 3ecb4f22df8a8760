import type { Question } from '@/lib/questionnaire/definition';
import { fieldKinds } from '@/lib/questionnaire/types/registry/respondent';
import type { FieldKind } from '@/lib/questionnaire/types/surfaces';

/** The field component and helpers of a question's type (its folder's field.tsx). */
export function fieldKindOf<Q extends Question>(question: Q): FieldKind<Q> {
  return fieldKinds[question.type as Q['type']] as unknown as FieldKind<Q>;
}
