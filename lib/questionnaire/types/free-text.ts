import { validationMessage as msg } from '../messages';
import { isWellFormedText } from '../quote';

/** Problems of a free text (a text answer or an "Anders" text, named by `subject`), whose length the caller bounds. */
export function checkFreeText(text: string, maxLength: number, subject: string): string[] {
  if (text.length > maxLength) return [msg('maxLength', { subject, max: maxLength, length: text.length })];
  if (!isWellFormedText(text)) return [msg('malformedText')];
  return [];
}
