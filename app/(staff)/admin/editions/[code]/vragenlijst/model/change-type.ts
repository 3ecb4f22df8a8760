import type { Definition, Question } from '@/lib/questionnaire/definition';
import { freshQuestion, type CommonFields } from '../types/fresh';
import { getAt, setAt, type Path } from '@/lib/questionnaire/types/editing/model/paths';

function commonFields(question: Question): CommonFields {
  const { code, text, description, required, errorSubject, condition, resultBase } = question;
  return Object.fromEntries(
    Object.entries({ code, text, description, required, errorSubject, condition, resultBase }).filter(([, v]) => v !== undefined),
  ) as CommonFields;
}

/**
 * The question at `questionPath` with another type: what every question has
 * (code, texts, required, error subject, condition, result base) stays, the fields of the
 * old type go and the new type's start from its defaults, so no field of one
 * type lingers unseen in another.
 */
export function changeType(definition: Definition, questionPath: Path, type: Question['type']): Definition {
  const question = getAt(definition, questionPath) as Question;
  return setAt(definition, questionPath, freshQuestion(type, commonFields(question), question));
}
