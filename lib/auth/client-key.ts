/**
 * Which "client" a request comes from, for rate limiting.
 *
 * Route handlers and server components do not see the socket address. Next.js
 * does copy it into X-Forwarded-For, but only when the request did not bring
 * that header itself, so without a proxy in front the value is whatever the
 * caller chose to send: a guesser could rotate it to get fresh attempts.
 *
 * Hence: with TRUST_PROXY set (the app runs behind a reverse proxy that
 * overwrites X-Forwarded-For), the first entry identifies the client; without
 * it, every caller counts as the one client "direct". That keeps the limit
 * impossible to dodge, at the price that failures from anyone count together
 * (for sign-in still per account).
 */
export const DIRECT_CLIENT = 'direct';

type HeaderSource = { get(name: string): string | null };

export function clientKeyFromHeaders(headers: HeaderSource, trustProxy = isProxyTrusted()): string {
  if (!trustProxy) return DIRECT_CLIENT;
  const first = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return first ? first.slice(0, 64) : DIRECT_CLIENT;
}

export function isProxyTrusted(): boolean {
  const value = process.env.TRUST_PROXY?.trim().toLowerCase();
  return !!value && value !== '0' && value !== 'false' && value !== 'no';
}
