import { getDb } from '@/db/client';
import { json, jsonError, readJsonBody } from '@/lib/api/json';
import { responseDocument, saveRequestSchema } from '@/lib/responses/api';
import { findInvitationByToken, getCurrentResponse } from '@/lib/responses/queries';
import { saveResponse } from '@/lib/responses/save';

type Context = { params: Promise<{ token: string }> };

const UNKNOWN_LINK = 'Deze link is niet (meer) geldig. Gebruik de link uit de meest recente uitnodiging.';

export async function GET(_request: Request, { params }: Context) {
  const { token } = await params;
  const db = getDb();
  const context = findInvitationByToken({ db, token });
  if (!context) return jsonError(404, UNKNOWN_LINK);
  const response = getCurrentResponse({ db, edition: context.edition, libraryId: context.library.id });
  return json(responseDocument(context, response));
}

export async function PUT(request: Request, { params }: Context) {
  const { token } = await params;
  const db = getDb();
  const context = findInvitationByToken({ db, token });
  if (!context) return jsonError(404, UNKNOWN_LINK);

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
