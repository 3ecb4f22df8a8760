import { z } from 'zod';
import { formMessage } from '@/lib/libraries/messages';

/** The zod schemas of the invitations page's forms; the server actions validate with these. */
const id = z.coerce.number().int().positive();
const editionCode = z.string().trim().min(1).max(40);

/** A checkbox list arrives as one value or an array; bounded by what a register holds. */
const libraryIds = z
  .preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(id).max(10_000))
  .refine((ids) => ids.length > 0, formMessage('nothingSelected'));

export const inviteSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('all'), edition: editionCode }),
  z.object({ mode: z.literal('selection'), edition: editionCode, libraryIds }),
]);

export const invitationLinkSchema = z.object({ invitationId: id });
