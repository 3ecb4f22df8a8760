import { getDb } from '@/db/client';
import { apiMessage } from '@/lib/api/messages';
import { clientKeyFromHeaders } from '@/lib/auth/client-key';
import { lookUpInvitation, TOO_MANY_UNKNOWN_LINKS } from '@/lib/invitations/guess-limit';
import { ensureMailSender } from '@/lib/mail/background';
import { handleFormPost } from '@/lib/respondent/form-post';

type Context = { params: Promise<{ token: string }> };

// A page of the questionnaire posts a few kB; the API takes as much.
const MAX_BODY_BYTES = 256 * 1024;

const plain = (status: number, text: string) => new Response(`${text}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

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
  const lookup = lookUpInvitation({ db, token, clientKey: clientKeyFromHeaders(request.headers) });
  if (lookup.status === 'unknown') return plain(404, apiMessage('unknownLink'));
  if (lookup.status === 'limited') return plain(429, TOO_MANY_UNKNOWN_LINKS);
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return plain(413, apiMessage('badSaveRequest'));
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return plain(400, apiMessage('badSaveRequest'));
  }
  const outcome = handleFormPost({ db, context: lookup.context, token, form });
  if ('malformed' in outcome) return plain(400, apiMessage('badSaveRequest'));
  // The receipt the sending queued goes out from the server's sender.
  if (outcome.submitted) ensureMailSender(db);
  return new Response(null, { status: 303, headers: { Location: outcome.redirect } });
}
