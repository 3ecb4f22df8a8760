import { fieldIds } from '@/lib/questionnaire/types/form/field-ids';
import type { ChoiceQuestion } from '@/lib/questionnaire/definition';
import { otherTextKey } from './type';

/** The error summary's link goes to the "Anders" text for its message, else to the first option. */
export function choiceFocusTarget(question: ChoiceQuestion, key: string): string {
  return key === otherTextKey(question.code) ? fieldIds.input(key) : fieldIds.option(question.code, question.options[0].code);
}
