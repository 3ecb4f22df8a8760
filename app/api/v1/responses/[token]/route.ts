import { getDb } from '@/db/client';
import { json, jsonError, readJsonBody } from '@/lib/api/json';
import { apiMessage } from '@/lib/api/messages';
import { responseDocument, saveRequestSchema } from '@/lib/responses/api';
import { clientKeyFromHeaders } from '@/lib/auth/client-key';
import { lookUpInvitation, TOO_MANY_UNKNOWN_LINKS, type InvitationLookup } from '@/lib/invitations/guess-limit';
import { markInvitationOpened } from '@/lib/invitations/opened';
import { isEditionOpen } from '@/lib/editions/phase';
import { getCurrentResponse, type InvitationContext } from '@/lib/responses/queries';
import { saveResponse } from '@/lib/responses/save';
import { ensureMailSender } from '@/lib/mail/background';

type Context = { params: Promise<{ token: string }> };

/** The invitation, or the 404 / 429 to send; only unknown tokens count towards the client's limit. */
function findInvitation(request: Request, token: string): { context: InvitationContext } | { refusal: Response } {
  const lookup: InvitationLookup = lookUpInvitation({ db: getDb(), token, clientKey: clientKeyFromHeaders(request.headers) });
  if (lookup.status === 'found') return { context: lookup.context };
  if (lookup.status === 'unknown') return { refusal: jsonError(404, apiMessage('unknownLink')) };
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
  // A first read of the link counts as opening it (the PUT path records it inside its own transaction).
  if (isEditionOpen(context.edition)) markInvitationOpened({ db, invitationId: context.invitationId });
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
    return jsonError(400, apiMessage('badSaveRequest'));
  }

  const result = saveResponse({ db, context, request: parsed.data, receipt: true });
  if (result.ok) {
    // The receipt a submission queued goes out from the server's sender.
    if (parsed.data.submit) ensureMailSender(db);
    return json({ response: result.response });
  }
  switch (result.reason) {
    case 'invalid':
      return json({ errors: result.errors }, 422);
    case 'closed':
      return jsonError(409, apiMessage('closed'), { reason: 'closed' });
    case 'not_open':
      return jsonError(409, apiMessage('notOpen'), { reason: 'not_open' });
    case 'stale':
      return jsonError(409, apiMessage('stale'), { reason: 'stale', response: result.response });
  }
}
