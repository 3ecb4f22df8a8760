import { otherTextKey, type Question } from '@/lib/questionnaire/definition';

/** Element ids per question, shared by the fields and the error summary's links. */
export const fieldIds = {
  group: (code: string) => `vraag-${code}`,
  input: (code: string) => `${code}-invoer`,
  option: (code: string, option: string) => `${code}-${option}`,
  hint: (code: string) => `${code}-uitleg`,
  error: (code: string) => `${code}-fout`,
  note: (code: string) => `${code}-limiet`,
  keptBack: (code: string) => `${code}-bewaard`,
  count: (code: string) => `${code}-tekens`,
  unit: (code: string) => `${code}-eenheid`,
};

/** Where the error summary sends focus for a form key (a question code or its "Anders" text). */
export function focusTargetId(question: Question, key: string): string {
  if (key === otherTextKey(question.code)) return fieldIds.input(key);
  if (question.type === 'single' || question.type === 'multiple') return fieldIds.option(question.code, question.options[0].code);
  return fieldIds.input(question.code);
}

export function describedBy(...ids: (string | false | undefined | null)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}
