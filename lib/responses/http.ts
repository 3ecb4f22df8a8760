import type { Db } from '@/db/client';
import { errorReply, jsonReply, type JsonBodyOutcome, type JsonReply } from '@/lib/api/reply';
import { apiMessage } from '@/lib/api/messages';
import { isEditionOpen } from '@/lib/editions/phase';
import { lookUpInvitation, TOO_MANY_UNKNOWN_LINKS } from '@/lib/responses/guess-limit';
import { markInvitationOpened } from '@/lib/invitations/opened';
import { ensureMailSender } from '@/lib/mail/background';
import { responseDocument, saveRequestSchema } from './api';
import { getCurrentResponse, type InvitationContext } from './queries';
import { saveResponse } from './save';

/**
 * GET and PUT /api/v1/responses/{token}, the respondents' API, as replies:
 * the App Router route (app/api/v1/responses/[token]/route.ts) answers them
 * with Next.js, and server.ts answers the PUT, every save of the form, with
 * this same code before Next.js sees it (lib/server/respondent-save.ts), since
 * Next.js's own handling of a request costs more than the save itself
 * (docs/benchmarks.md, "Submissions").
 */
type Request = { db: Db; token: string; clientKey: string };

/** The invitation, or the 404 / 429 to send; only unknown tokens count towards the client's limit. */
function findInvitation({ db, token, clientKey }: Request): { context: InvitationContext } | { refusal: JsonReply } {
  const lookup = lookUpInvitation({ db, token, clientKey });
  if (lookup.status === 'found') return { context: lookup.context };
  if (lookup.status === 'unknown') return { refusal: errorReply(404, apiMessage('unknownLink')) };
  return { refusal: errorReply(429, TOO_MANY_UNKNOWN_LINKS, {}, { 'Retry-After': String(lookup.retryAfterSeconds) }) };
}

export function getResponseReply(request: Request): JsonReply {
  const found = findInvitation(request);
  if ('refusal' in found) return found.refusal;
  const { db } = request;
  const { context } = found;
  // A first read of the link counts as opening it (the PUT path records it inside its own transaction).
  if (isEditionOpen(context.edition)) markInvitationOpened({ db, invitationId: context.invitationId });
  const response = getCurrentResponse({ db, edition: context.edition, libraryId: context.library.id });
  return jsonReply(responseDocument(context, response));
}

/**
 * A save. The body is read only for a known link (`readBody`: at most 256 kB,
 * as JSON: lib/api/json.ts), so a guesser's flood costs no reading.
 */
export async function putResponseReply(request: Request & { readBody: () => Promise<JsonBodyOutcome> }): Promise<JsonReply> {
  const found = findInvitation(request);
  if ('refusal' in found) return found.refusal;
  const { db } = request;
  const { context } = found;

  const body = await request.readBody();
  if (!body.ok) return body.reply;
  const parsed = saveRequestSchema.safeParse(body.value);
  if (!parsed.success) return errorReply(400, apiMessage('badSaveRequest'));

  const result = saveResponse({ db, context, request: parsed.data, receipt: true });
  if (result.ok) {
    // The receipt a submission queued goes out from the server's sender.
    if (parsed.data.submit) ensureMailSender(db);
    return jsonReply({ response: result.response });
  }
  switch (result.reason) {
    case 'invalid':
      return jsonReply({ errors: result.errors }, 422);
    case 'closed':
      return errorReply(409, apiMessage('closed'), { reason: 'closed' });
    case 'not_open':
      return errorReply(409, apiMessage('notOpen'), { reason: 'not_open' });
    case 'stale':
      return errorReply(409, apiMessage('stale'), { reason: 'stale', response: result.response });
  }
}
