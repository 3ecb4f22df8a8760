import { getDb } from '@/db/client';
import { json, jsonError, readJsonBody } from '@/lib/api/json';
import { apiMessage } from '@/lib/api/messages';
import { actorFromCaller } from '@/lib/audit/record';
import { staffRoute } from '@/lib/auth/guard';
import { failureResponse } from '@/lib/editions/http';
import { getEditionByCode } from '@/lib/editions/queries';
import { updateEditionDefinition } from '@/lib/editions/update-definition';

type Context = { params: Promise<{ code: string }> };

/** The definition in the format of db/questionnaires/*.json; the staff page links here to download it. */
export const GET = staffRoute<Context>('coordinator', async (_request, { params }) => {
  const edition = getEditionByCode({ db: getDb(), code: (await params).code });
  if (!edition) return jsonError(404, apiMessage('unknownEdition'));
  const response = json(edition.definition);
  response.headers.set('Content-Disposition', `inline; filename="${edition.code}.json"`);
  return response;
});

/** Replaces the whole definition: any valid change while a concept, wording only once opened. */
export const PUT = staffRoute<Context>('admin', async (request, { params }, caller) => {
  const { code } = await params;
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const result = updateEditionDefinition({ db: getDb(), code, definition: body.value, actor: actorFromCaller(caller) });
  if (!result.ok) return failureResponse(result);
  return json({ definition: result.edition.definition, changes: result.changes });
});
