import { validationMessage as msg } from '../messages';
import { isWellFormedText } from '../quote';

/** Problems of a free text (a text answer or an "Anders" text), whose length the caller bounds. */
export function checkFreeText(text: string, maxLength: number): string[] {
  if (text.length > maxLength) return [msg('maxLength', { max: maxLength, length: text.length })];
  if (!isWellFormedText(text)) return [msg('malformedText')];
  return [];
}
