import nl from '@/messages/nl/validation.json';

export type ValidationMessageKey = keyof typeof nl.validation;

/**
 * Dutch validation messages, read from the message file. Kept free of
 * next-intl so the same schema runs in the browser, the server, the CLI and
 * the seed alike.
 */
export function validationMessage(key: ValidationMessageKey, values: Record<string, string | number> = {}): string {
  return nl.validation[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}
