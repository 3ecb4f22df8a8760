import { getDb } from '@/db/client';
import { json, jsonError, readJsonBody } from '@/lib/api/json';
import { apiMessage } from '@/lib/api/messages';
import { actorFromCaller } from '@/lib/audit/record';
import { staffRoute } from '@/lib/auth/guard';
import { editionResponse, failureResponse } from '@/lib/editions/http';
import { setEditionDates } from '@/lib/editions/lifecycle';
import { editionMessage } from '@/lib/editions/messages';
import { editionDocument, findEditionSummary } from '@/lib/editions/overview';
import { momentsRequestSchema, readMoments } from '@/lib/editions/requests';

type Context = { params: Promise<{ code: string }> };

export const GET = staffRoute<Context>('coordinator', async (_request, { params }) => {
  const summary = findEditionSummary({ db: getDb(), code: (await params).code });
  return summary ? json({ edition: editionDocument(summary) }) : jsonError(404, apiMessage('unknownEdition'));
});

/** The opening and closing moments: extend, shorten, or plan a concept. Fields left out keep their value. */
export const PATCH = staffRoute<Context>('admin', async (request, { params }, caller) => {
  const { code } = await params;
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const parsed = momentsRequestSchema.safeParse(body.value);
  if (!parsed.success) return jsonError(400, editionMessage('badMomentsRequest'));
  const moments = readMoments(parsed.data);
  if (!moments.ok) return failureResponse({ ok: false, reason: 'invalid', message: moments.errors[0].message, errors: moments.errors });
  const result = setEditionDates({ db: getDb(), code, actor: actorFromCaller(caller), ...moments.moments });
  return result.ok ? editionResponse(code) : failureResponse(result);
});
