import { getDb } from '@/db/client';
import { json, jsonError, readJsonBody } from '@/lib/api/json';
import { responseDocument, saveRequestSchema } from '@/lib/responses/api';
import { lookUpInvitation, TOO_MANY_UNKNOWN_LINKS, type InvitationLookup } from '@/lib/invitations/guess-limit';
import { getCurrentResponse, type InvitationContext } from '@/lib/responses/queries';
import { saveResponse } from '@/lib/responses/save';

type Context = { params: Promise<{ token: string }> };

const UNKNOWN_LINK = 'Deze link is niet (meer) geldig. Gebruik de link uit de meest recente uitnodiging.';

/** The invitation, or the 404 / 429 to send; unknown tokens count towards the client's limit. */
function findInvitation(request: Request, token: string): { context: InvitationContext } | { refusal: Response } {
  const lookup: InvitationLookup = lookUpInvitation({ db: getDb(), token, headers: request.headers });
  if (lookup.status === 'found') return { context: lookup.context };
  if (lookup.status === 'unknown') return { refusal: jsonError(404, UNKNOWN_LINK) };
  const refusal = jsonError(429, TOO_MANY_UNKNOWN_LINKS);
  refusal.headers.set('Retry-After', String(lookup.retryAfterSeconds));
  return { refusal };
}

export async function GET(request: Request, { params }: Context) {
  const { token } = await params;
  const db = getDb();
  const found = findInvitation(request, token);
  if ('refusal' in found) return found.refusal;
  const { context } = found;
  const response = getCurrentResponse({ db, edition: context.edition, libraryId: context.library.id });
  return json(responseDocument(context, response));
}

export async function PUT(request: Request, { params }: Context) {
  const { token } = await params;
  const db = getDb();
  const found = findInvitation(request, token);
  if ('refusal' in found) return found.refusal;
  const { context } = found;

  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const parsed = saveRequestSchema.safeParse(body.value);
  if (!parsed.success) {
    return jsonError(400, 'Het verzoek moet een object "answers" bevatten, met optioneel "submit" (true/false) en "version" (getal).');
  }

  const result = saveResponse({ db, context, request: parsed.data });
  if (result.ok) return json({ response: result.response });
  switch (result.reason) {
    case 'invalid':
      return json({ errors: result.errors }, 422);
    case 'closed':
      return jsonError(409, 'Deze vragenlijst is gesloten; antwoorden kunnen niet meer worden gewijzigd.', { reason: 'closed' });
    case 'stale':
      return jsonError(
        409,
        'Iemand anders heeft intussen antwoorden opgeslagen via deze link. Hieronder staan de huidige antwoorden.',
        { reason: 'stale', response: result.response },
      );
  }
}
