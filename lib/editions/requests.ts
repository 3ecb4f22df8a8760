import { z } from 'zod';
import type { DefinitionProblem } from '@/lib/questionnaire/definition-problems';
import { editionMessage } from './messages';
import { parseMoment } from './moments';

/**
 * The shapes the API and the CLI take for edition changes. Every field is
 * bounded; moments are parsed by parseMoment (Dutch time, or ISO 8601 with
 * an offset), an empty value or null clears a moment.
 */
export const createEditionRequestSchema = z.object({ code: z.string().max(40), from: z.string().max(40) }).strict();

const momentField = z.string().max(40).nullable().optional();
export const momentsRequestSchema = z.object({ opensAt: momentField, closesAt: momentField }).strict();

export type MomentsInput = z.infer<typeof momentsRequestSchema>;

export type Moments = { opensAt?: Date | null; closesAt?: Date | null };

/** undefined stays undefined (keep the stored moment); "" and null clear it. */
export function readMoments(input: MomentsInput): { ok: true; moments: Moments } | { ok: false; errors: DefinitionProblem[] } {
  const moments: Moments = {};
  const errors: DefinitionProblem[] = [];
  for (const field of ['opensAt', 'closesAt'] as const) {
    const value = input[field];
    if (value === undefined) continue;
    if (value === null || value.trim() === '') {
      moments[field] = null;
      continue;
    }
    const date = parseMoment(value);
    if (date) moments[field] = date;
    else errors.push({ path: field, message: editionMessage('dateInvalid') });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, moments };
}
