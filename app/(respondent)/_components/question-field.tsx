'use client';

import type { FieldProps } from '@/lib/questionnaire/types/form/field-parts';
import { fieldKindOf } from './fields';

/** One question, rendered from its definition by its type's field component (fields/). */
export function QuestionField(props: FieldProps) {
  return fieldKindOf(props.question).render(props);
}
