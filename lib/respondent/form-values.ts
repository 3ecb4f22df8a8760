import { listQuestions, type Definition } from '@/lib/questionnaire/definition';
import { typeOf } from '@/lib/questionnaire/types';
import type { FormValue } from '@/lib/questionnaire/types/question-type';
import type { AnswerValue, Answers } from '@/lib/questionnaire/visibility';

/**
 * What the form holds: strings as typed (numbers too, so "12,5" survives
 * typing) and arrays of option codes. Converted to API answers before the
 * schema or the server sees them. Keys beside a question's own (an "Anders"
 * text) are free texts.
 */
export type FormValues = Record<string, FormValue>;

export function answersToFormValues(def: Definition, answers: Answers): FormValues {
  const values: FormValues = {};
  for (const question of listQuestions(def)) {
    const type = typeOf(question);
    values[question.code] = type.toFormValue(question, answers[question.code]);
    for (const key of type.extraKeys(question)) {
      const text = answers[key];
      values[key] = typeof text === 'string' ? text : '';
    }
  }
  return values;
}

/** Form values as API answers; empty fields are left out. */
export function formValuesToAnswers(def: Definition, values: FormValues): Answers {
  const answers: Answers = {};
  const put = (key: string, value: AnswerValue) => {
    if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return;
    answers[key] = value;
  };
  for (const question of listQuestions(def)) {
    const type = typeOf(question);
    put(question.code, type.fromFormValue(question, values[question.code]));
    for (const key of type.extraKeys(question)) {
      const text = values[key];
      put(key, typeof text === 'string' ? text : null);
    }
  }
  return answers;
}
