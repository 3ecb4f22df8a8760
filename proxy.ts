import { NextResponse, type NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { clientKeyFromHeaders } from '@/lib/auth/client-key';
import { PATH_HEADER } from '@/lib/auth/path-header';
import { env } from '@/lib/env';
import { isInvitationLookupLimited, TOO_MANY_UNKNOWN_LINKS } from '@/lib/responses/guess-limit';
import { baseSecurityHeaders, contentSecurityPolicy } from '@/lib/security/headers';

/**
 * Runs before every page and route handler (Node.js runtime). It adds the
 * security headers with a fresh CSP nonce and tells server components the
 * path being rendered. It does NOT decide access to staff pages: that is
 * lib/auth/guard.ts, on every request, in the page, action or handler itself.
 * The one refusal here is the 429 for an unknown invitation link from a client
 * that tried too many, because a page cannot answer with status 429 itself.
 */
export async function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, { dev: env.NODE_ENV === 'development' });
  const { pathname, search } = request.nextUrl;
  const tokenPage = pathname.startsWith('/r/');

  let response: NextResponse;
  const limited = tokenPage
    ? await isInvitationLookupLimited({
        db: getDb(),
        token: pathname.split('/')[2] ?? '',
        clientKey: clientKeyFromHeaders(request.headers),
      })
    : undefined;
  if (limited) {
    response = new NextResponse(`${TOO_MANY_UNKNOWN_LINKS}\n`, {
      status: 429,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': String(limited.retryAfterSeconds) },
    });
  } else {
    const requestHeaders = new Headers(request.headers);
    // Next.js reads the nonce from the request's CSP header and puts it on its scripts.
    requestHeaders.set('x-nonce', nonce);
    requestHeaders.set('Content-Security-Policy', csp);
    requestHeaders.set(PATH_HEADER, pathname + search);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  response.headers.set('Content-Security-Policy', csp);
  for (const [name, value] of Object.entries(baseSecurityHeaders)) response.headers.set(name, value);
  // Pages and API answers that carry a personal token must not sit in any cache.
  if (tokenPage || pathname.startsWith('/api/')) response.headers.set('Cache-Control', 'no-store');
  return response;
}

export const config = {
  // Static chunks and the JSON API get fixed headers from next.config.js; pages pass here.
  // The questionnaire's form post does not: Next.js reads a request body whole
  // before running the proxy, and that route bounds its body itself (readBody).
  matcher: ['/((?!_next/static|_next/image|favicon.ico|api/|r/[^/]+/opslaan).*)'],
};
