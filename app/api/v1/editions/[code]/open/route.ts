import { getDb } from '@/db/client';
import { actorFromCaller } from '@/lib/audit/record';
import { staffRoute } from '@/lib/auth/guard';
import { AppError } from '@/lib/errors';
import { editionError, editionResponse, readOptionalJsonBody } from '@/lib/editions/http';
import { openEdition } from '@/lib/editions/lifecycle';
import { editionMessage } from '@/lib/editions/messages';
import { momentsRequestSchema, readMoments } from '@/lib/editions/requests';

type Context = { params: Promise<{ code: string }> };

/** Opens (or reopens) the edition; the body may set the moments, else the stored ones apply. */
export const POST = staffRoute<Context>('admin', async (request, { params }, caller) => {
  const { code } = await params;
  const body = await readOptionalJsonBody(request);
  if (!body.ok) return body.response;
  const parsed = momentsRequestSchema.safeParse(body.value);
  if (!parsed.success) throw new AppError('bad_request', { message: editionMessage('badMomentsRequest') });
  const moments = readMoments(parsed.data);
  if (!moments.ok) throw editionError({ reason: 'invalid', message: moments.errors[0].message, errors: moments.errors });
  const result = await openEdition({ db: getDb(), code, actor: actorFromCaller(caller), ...moments.moments });
  if (!result.ok) throw editionError(result);
  return editionResponse(code);
});
