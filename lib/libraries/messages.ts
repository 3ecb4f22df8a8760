import nl from '@/messages/nl/libraries.json';

type ImportMessages = typeof nl.libraries.import;
export type ImportMessageKey = Exclude<keyof ImportMessages, 'fields'>;
export type ImportField = keyof ImportMessages['fields'];

/**
 * Dutch problems of the libraries import (printed by `npm run cli --
 * import-libraries` with file and line), read from the message file with
 * plain substitution: the CLI runs outside any request-scoped i18n.
 */
export function importMessage(key: ImportMessageKey, values: Record<string, string | number> = {}): string {
  return nl.libraries.import[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

export function importFieldName(field: ImportField): string {
  return nl.libraries.import.fields[field];
}
