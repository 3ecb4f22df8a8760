import { z } from 'zod';
import type { InvitationContext, CurrentResponse } from './queries';

export const saveRequestSchema = z.object({
  answers: z.record(z.string(), z.unknown()),
  submit: z.boolean().default(false),
  version: z.number().int().nonnegative().optional(),
});

/** The public shape of GET /api/v1/responses/{token}. */
export function responseDocument(context: InvitationContext, response: CurrentResponse) {
  const { edition, library } = context;
  return {
    edition: {
      code: edition.code,
      title: edition.title,
      status: edition.status,
      closesAt: edition.closesAt?.toISOString() ?? null,
    },
    library: { name: library.name, province: library.province },
    questionnaire: { pages: edition.definition.pages },
    response,
  };
}
