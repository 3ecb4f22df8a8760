import { z } from 'zod';
import { formFieldName, formMessage } from './messages';
import { libraryFieldSchemas } from './fields';

/** The zod schemas of the register's forms; the server actions validate with these. */
const fields = libraryFieldSchemas(formMessage, formFieldName);
const libraryId = z.coerce.number().int().positive();

export const libraryFormSchema = z.object({
  name: fields.name,
  province: fields.province,
  email: fields.email,
  sizeClass: fields.sizeClass,
});

export type LibraryInput = z.infer<typeof libraryFormSchema>;

export const setLibraryActiveSchema = z.object({ libraryId, active: z.enum(['true', 'false']).transform((v) => v === 'true') });

/**
 * Well under the 1 MB a server action accepts, so the page can say what is
 * wrong instead of the request failing; some 5,000 libraries.
 */
export const IMPORT_MAX_BYTES = 512 * 1024;

export const importFileSchema = z.object({
  file: z
    .instanceof(File, { message: formMessage('fileMissing') })
    .refine((file) => file.size > 0, formMessage('fileMissing'))
    .refine((file) => file.size <= IMPORT_MAX_BYTES, formMessage('fileTooLarge', { max: IMPORT_MAX_BYTES / 1024 })),
});
