import { getDb } from '@/db/client';
import { json, readJsonBody } from '@/lib/api/json';
import { actorFromCaller } from '@/lib/audit/record';
import { staffRoute } from '@/lib/auth/guard';
import { AppError } from '@/lib/errors';
import { editionError, editionResponse } from '@/lib/editions/http';
import { setEditionDates } from '@/lib/editions/lifecycle';
import { editionMessage } from '@/lib/editions/messages';
import { editionDocument, findEditionSummary } from '@/lib/editions/overview';
import { momentsRequestSchema, readMoments } from '@/lib/editions/requests';

type Context = { params: Promise<{ code: string }> };

export const GET = staffRoute<Context>('coordinator', async (_request, { params }) => {
  const summary = await findEditionSummary({ db: getDb(), code: (await params).code });
  if (!summary) throw new AppError('unknown_edition');
  return json({ edition: editionDocument(summary) });
});

/** The opening and closing moments: extend, shorten, or plan a concept. Fields left out keep their value. */
export const PATCH = staffRoute<Context>('admin', async (request, { params }, caller) => {
  const { code } = await params;
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const parsed = momentsRequestSchema.safeParse(body.value);
  if (!parsed.success) throw new AppError('bad_request', { message: editionMessage('badMomentsRequest') });
  const moments = readMoments(parsed.data);
  if (!moments.ok) throw editionError({ reason: 'invalid', message: moments.errors[0].message, errors: moments.errors });
  const result = await setEditionDates({ db: getDb(), code, actor: actorFromCaller(caller), ...moments.moments });
  if (!result.ok) throw editionError(result);
  return editionResponse(code);
});
