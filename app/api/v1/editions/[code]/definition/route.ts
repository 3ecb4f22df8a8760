import { getDb } from '@/db/client';
import { entityTag, ifMatchVersions } from '@/lib/api/entity-tag';
import { json, readJsonBody } from '@/lib/api/json';
import { actorFromCaller } from '@/lib/audit/record';
import { staffRoute } from '@/lib/auth/guard';
import { AppError } from '@/lib/errors';
import { editionError } from '@/lib/editions/http';
import { getEditionByCode } from '@/lib/editions/queries';
import { updateEditionDefinition } from '@/lib/editions/update-definition';

type Context = { params: Promise<{ code: string }> };

/**
 * The definition in the format of cli/seed/questionnaires/*.json; the staff page
 * links here to download it. Its version is the ETag, for a PUT's If-Match.
 */
export const GET = staffRoute<Context>('coordinator', async (_request, { params }) => {
  const edition = getEditionByCode({ db: getDb(), code: (await params).code });
  if (!edition) throw new AppError('unknown_edition');
  const response = json(edition.definition);
  response.headers.set('Content-Disposition', `inline; filename="${edition.code}.json"`);
  response.headers.set('ETag', entityTag(edition.definitionVersion));
  return response;
});

/**
 * Replaces the whole definition: any valid change while a concept, wording
 * only once opened. With If-Match, only over the version it names (412
 * `stale` otherwise); without, over whatever is stored, as scripts do.
 */
export const PUT = staffRoute<Context>('admin', async (request, { params }, caller) => {
  const { code } = await params;
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const result = await updateEditionDefinition({
    db: getDb(),
    code,
    definition: body.value,
    expectedVersion: ifMatchVersions(request.headers.get('if-match')),
    actor: actorFromCaller(caller),
  });
  if (!result.ok) throw editionError(result);
  const response = json({ definition: result.edition.definition, changes: result.changes });
  response.headers.set('ETag', entityTag(result.edition.definitionVersion));
  return response;
});
