import { getDb } from '@/db/client';
import { json, readJsonBody } from '@/lib/api/json';
import { actorFromCaller } from '@/lib/audit/record';
import { staffRoute } from '@/lib/auth/guard';
import { AppError } from '@/lib/errors';
import { createEditionFrom } from '@/lib/editions/create-from';
import { editionError, editionResponse } from '@/lib/editions/http';
import { editionMessage } from '@/lib/editions/messages';
import { editionDocument, listEditionSummaries } from '@/lib/editions/overview';
import { createEditionRequestSchema } from '@/lib/editions/requests';

export const GET = staffRoute('coordinator', async () =>
  json({ editions: (await listEditionSummaries({ db: getDb() })).map(editionDocument) }),
);

/** A new concept edition as a copy of `from`; the answer lists the school-year replacements to review. */
export const POST = staffRoute('admin', async (request, _context: unknown, caller) => {
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const parsed = createEditionRequestSchema.safeParse(body.value);
  if (!parsed.success) throw new AppError('bad_request', { message: editionMessage('badCreateRequest') });
  const result = await createEditionFrom({ db: getDb(), ...parsed.data, actor: actorFromCaller(caller) });
  if (!result.ok) throw editionError(result);
  return editionResponse(result.edition.code, { status: 201, extra: { replacements: result.replacements } });
});
