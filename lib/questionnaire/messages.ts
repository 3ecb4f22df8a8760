import nl from '@/messages/nl/validation.json';
import { fillTemplate } from '@/lib/fill-template';

export type ValidationMessageKey = keyof typeof nl.validation;

/**
 * Dutch validation messages, read from the message file. Kept free of
 * next-intl so the same schema runs in the browser, the server, the CLI and
 * the seed alike. A message that opens with a value, such as its subject
 * ("het aantal …"), starts with a capital like any sentence; fragments such
 * as subjects themselves are written as they read inside one.
 */
export function validationMessage(key: ValidationMessageKey, values: Record<string, string | number> = {}): string {
  const template = nl.validation[key];
  const text = fillTemplate(template, values);
  return template.startsWith('{') ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
