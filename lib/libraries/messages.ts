import { librarySizeClasses } from '@/db/schema';
import nl from '@/messages/nl/libraries.json';
import { fillTemplate } from '@/lib/fill-template';

type ImportMessages = typeof nl.libraries.import;
export type ImportMessageKey = Exclude<keyof ImportMessages, 'fields'>;
export type ImportField = keyof ImportMessages['fields'];
export type FormMessageKey = Exclude<keyof typeof nl.libraries.form, 'fields'>;

/**
 * Dutch problems of the libraries import (printed by `npm run cli --
 * import-libraries` with file and line, and listed per line on the import
 * page), read from the message file with plain substitution: the CLI runs
 * outside any request-scoped i18n.
 */
export function importMessage(key: ImportMessageKey, values: Record<string, string | number> = {}): string {
  return fillTemplate(nl.libraries.import[key], values);
}

export function importFieldName(field: ImportField): string {
  return nl.libraries.import.fields[field];
}

/** The same problems as sentences at a field of the library form. */
export function formMessage(key: FormMessageKey, values: Record<string, string | number> = {}): string {
  return fillTemplate(nl.libraries.form[key], values);
}

export function formFieldName(field: ImportField): string {
  return nl.libraries.form.fields[field];
}

/** The size classes in their order, with their labels, as the staff pages' selects offer them. */
export function sizeClassOptions(): { value: (typeof librarySizeClasses)[number]; label: string }[] {
  return librarySizeClasses.map((value) => ({ value, label: sizeClassLabel(value) }));
}

/** "klein", "middelgroot", "groot". */
export function sizeClassLabel(sizeClass: keyof typeof nl.libraries.sizeClasses): string {
  return nl.libraries.sizeClasses[sizeClass];
}
