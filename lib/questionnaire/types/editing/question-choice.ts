import type { Question } from '@/lib/questionnaire/definition';

const MAX_TEXT = 60;

/** How a select names a question: its code and the start of its text. */
export function questionChoiceLabel(question: Question): string {
  const text = question.text.length > MAX_TEXT ? `${question.text.slice(0, MAX_TEXT - 1)}…` : question.text;
  return text ? `${question.code}: ${text}` : question.code;
}
