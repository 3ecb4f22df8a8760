import { listQuestions, otherTextKey, type Definition, type Question } from '@/lib/questionnaire/definition';
import type { AnswerValue, Answers } from '@/lib/questionnaire/visibility';
import { formatDutchNumber, parseDutchNumber } from './number';

/**
 * What the form holds: strings as typed (numbers too, so "12,5" survives
 * typing) and arrays of option codes. Converted to API answers before the
 * schema or the server sees them.
 */
export type FormValues = Record<string, string | string[]>;

export function emptyFormValue(question: Question): string | string[] {
  return question.type === 'multiple' ? [] : '';
}

function hasOtherOption(question: Question): boolean {
  return (question.type === 'single' || question.type === 'multiple') && question.options.some((o) => o.other);
}

export function answersToFormValues(def: Definition, answers: Answers): FormValues {
  const values: FormValues = {};
  for (const question of listQuestions(def)) {
    const value = answers[question.code];
    if (question.type === 'multiple') values[question.code] = Array.isArray(value) ? value : [];
    else if (question.type === 'number') values[question.code] = typeof value === 'number' ? formatDutchNumber(value) : '';
    else values[question.code] = typeof value === 'string' ? value : '';
    if (hasOtherOption(question)) {
      const other = answers[otherTextKey(question.code)];
      values[otherTextKey(question.code)] = typeof other === 'string' ? other : '';
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
    const value = values[question.code];
    if (question.type === 'multiple') put(question.code, Array.isArray(value) ? value : []);
    else if (question.type === 'number') put(question.code, typeof value === 'string' ? parseDutchNumber(value) : null);
    else put(question.code, typeof value === 'string' ? value : null);
    if (hasOtherOption(question)) {
      const other = values[otherTextKey(question.code)];
      put(otherTextKey(question.code), typeof other === 'string' ? other : null);
    }
  }
  return answers;
}
