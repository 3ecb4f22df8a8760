import type { Db } from '@/db/client';
import { failureReply, jsonReply, type JsonBodyOutcome, type JsonReply } from '@/lib/api/reply';
import { isEditionOpen } from '@/lib/editions/phase';
import { AppError } from '@/lib/errors';
import { lookUpInvitation } from '@/lib/responses/guess-limit';
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
async function findInvitation({ db, token, clientKey }: Request): Promise<{ context: InvitationContext } | { refusal: JsonReply }> {
  const lookup = await lookUpInvitation({ db, token, clientKey });
  if (lookup.status === 'found') return { context: lookup.context };
  if (lookup.status === 'unknown') return { refusal: failureReply(new AppError('unknown_link')) };
  return {
    refusal: failureReply(new AppError('too_many_unknown_links', { headers: { 'Retry-After': String(lookup.retryAfterSeconds) } })),
  };
}

export async function getResponseReply(request: Request): Promise<JsonReply> {
  const found = await findInvitation(request);
  if ('refusal' in found) return found.refusal;
  const { db } = request;
  const { context } = found;
  // A first read of the link counts as opening it (the PUT path records it inside its own transaction).
  if (isEditionOpen(context.edition)) await markInvitationOpened({ db, invitationId: context.invitationId });
  const response = getCurrentResponse({ db, edition: context.edition, libraryId: context.library.id });
  return jsonReply(responseDocument(context, response));
}

/**
 * A save. The body is read only for a known link (`readBody`: at most 256 kB,
 * as JSON: lib/api/json.ts), so a guesser's flood costs no reading.
 */
export async function putResponseReply(request: Request & { readBody: () => Promise<JsonBodyOutcome> }): Promise<JsonReply> {
  const found = await findInvitation(request);
  if ('refusal' in found) return found.refusal;
  const { db } = request;
  const { context } = found;

  const body = await request.readBody();
  if (!body.ok) return body.reply;
  const parsed = saveRequestSchema.safeParse(body.value);
  if (!parsed.success) return failureReply(new AppError('bad_save_request'));

  const result = saveResponse({ db, context, request: parsed.data, receipt: true });
  if (result.ok) {
    // The receipt a submission queued goes out from the server's sender.
    if (parsed.data.submit) ensureMailSender(db);
    return jsonReply({ response: result.response });
  }
  // A refused answer carries no `error` sentence: the messages are per question (docs/api.md).
  if (result.reason === 'invalid') return jsonReply({ errors: result.errors }, 422);
  return failureReply(saveError(result));
}

type SaveRefusal = Exclude<ReturnType<typeof saveResponse>, { ok: true } | { reason: 'invalid' }>;

function saveError(refusal: SaveRefusal): AppError {
  switch (refusal.reason) {
    case 'closed':
      return new AppError('closed', { details: { reason: 'closed' } });
    case 'not_open':
      return new AppError('not_open', { details: { reason: 'not_open' } });
    case 'stale':
      return new AppError('stale', { details: { reason: 'stale', response: refusal.response } });
  }
}
