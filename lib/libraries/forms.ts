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

export const updateLibrarySchema = libraryFormSchema.extend({ libraryId });

export const setLibraryActiveSchema = z.object({ libraryId, active: z.enum(['true', 'false']).transform((v) => v === 'true') });
