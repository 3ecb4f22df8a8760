import { getDb } from '@/db/client';
import { readBody } from '@/lib/api/body';
import { MAX_JSON_BODY_BYTES } from '@/lib/api/json';
import { apiMessage } from '@/lib/api/messages';
import { clientKeyFromHeaders } from '@/lib/auth/client-key';
import { lookUpInvitation, TOO_MANY_UNKNOWN_LINKS } from '@/lib/responses/guess-limit';
import { ensureMailSender } from '@/lib/mail/background';
import { handleFormPost } from '@/lib/respondent/form-post';

type Context = { params: Promise<{ token: string }> };

const plain = (status: number, text: string) =>
  new Response(`${text}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/**
 * The questionnaire page posted as an ordinary HTML form, before (or
 * without) its JavaScript: saved by lib/respondent/form-post.ts, answered
 * with 303 to the page to show next. A route handler rather than a server
 * action: the page's `Referrer-Policy: no-referrer` makes the browser send
 * `Origin: null` with a form post, which Next.js refuses for server actions.
 * The token in the path is the only credential (no cookie), as for the API.
 */
export async function POST(request: Request, { params }: Context) {
  const { token } = await params;
  const db = getDb();
  const lookup = await lookUpInvitation({ db, token, clientKey: clientKeyFromHeaders(request.headers) });
  if (lookup.status === 'unknown') return plain(404, apiMessage('unknownLink'));
  if (lookup.status === 'limited') {
    return new Response(`${TOO_MANY_UNKNOWN_LINKS}\n`, {
      status: 429,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': String(lookup.retryAfterSeconds) },
    });
  }
  // A page posts a few kB; read at most what the API takes, streamed, whether or not a length is declared.
  const body = await readBody(request, MAX_JSON_BODY_BYTES);
  if (!body.ok) return body.response;
  let form: FormData;
  try {
    form = await new Response(body.bytes, { headers: { 'Content-Type': request.headers.get('content-type') ?? '' } }).formData();
  } catch {
    return plain(400, apiMessage('badSaveRequest'));
  }
  const outcome = handleFormPost({ db, context: lookup.context, token, form });
  if ('malformed' in outcome) return plain(400, apiMessage('badSaveRequest'));
  // The receipt the sending queued goes out from the server's sender.
  if (outcome.submitted) ensureMailSender(db);
  return new Response(null, { status: 303, headers: { Location: outcome.redirect } });
}
