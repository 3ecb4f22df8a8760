import { z } from 'zod';
import { librarySizeClasses } from '@/db/schema';
import type { FormMessageKey, ImportField, ImportMessageKey } from './messages';
import { sizeClassLabel } from './messages';
import { provinces } from './provinces';
import { findInvisibleCharacter, normalizeText } from './text';

export type SizeClass = (typeof librarySizeClasses)[number];

const NAME_MAX = 200;
const EMAIL_MAX = 254;

/** Problems of a library's fields, worded by the import (a line) and the form (a field) each in their own way. */
type FieldMessageKey = Extract<FormMessageKey, ImportMessageKey>;
export type LibraryFieldMessage = (key: FieldMessageKey, values?: Record<string, string | number>) => string;

/**
 * A size class from its code ("small") or its Dutch label ("Klein"), any
 * case; an empty value is "not known" (null). Anything else: undefined.
 */
export function parseSizeClass(value: string): SizeClass | null | undefined {
  const wanted = value.trim().toLowerCase();
  if (wanted === '') return null;
  return librarySizeClasses.find((code) => code === wanted || sizeClassLabel(code) === wanted);
}

/**
 * The rules for a library's fields, one set for the CSV import and the
 * register's form; only the wording of the messages differs (`message`,
 * `fieldName`). Text is refused with invisible or control characters (they
 * would let two names look the same, or one read as another), then stored as
 * NFC with single spaces.
 */
export function libraryFieldSchemas(message: LibraryFieldMessage, fieldName: (field: ImportField) => string) {
  const plainText = (field: ImportField) =>
    z
      // A field left out of a request reads as an empty one, and gets that message.
      .preprocess((value) => value ?? '', z.string())
      .superRefine((value, ctx) => {
        const found = findInvisibleCharacter(value);
        if (found)
          ctx.addIssue({ code: 'custom', message: message('invisibleCharacter', { field: fieldName(field), ...found }), continue: false });
      })
      .transform(normalizeText);

  return {
    name: plainText('name').pipe(
      z
        .string()
        .min(1, message('nameMissing'))
        .max(NAME_MAX, message('nameTooLong', { max: NAME_MAX })),
    ),
    province: plainText('province')
      .transform((p) => provinces.find((known) => known.toLowerCase() === p.toLowerCase()) ?? p)
      .refine((p) => (provinces as readonly string[]).includes(p), {
        message: message('unknownProvince', { provinces: provinces.join(', ') }),
      }),
    email: plainText('email').pipe(
      z
        .string()
        .max(EMAIL_MAX, message('emailTooLong', { max: EMAIL_MAX }))
        .email(message('invalidEmail')),
    ),
    sizeClass: plainText('sizeClass').transform((value, ctx) => {
      const parsed = parseSizeClass(value);
      if (parsed === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: message('unknownSizeClass', { classes: librarySizeClasses.map(sizeClassLabel).join(', ') }),
        });
        return z.NEVER;
      }
      return parsed;
    }),
  };
}
