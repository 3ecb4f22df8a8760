/**
 * Which client a request comes from, for rate limiting: the address server.ts
 * took from the socket (lib/server/client-address.ts, TRUST_PROXY) and put
 * into CLIENT_HEADER after deleting any value the caller sent.
 *
 * The header is believed only when server.ts runs this process, which it
 * announces through a flag on globalThis (shared with the bundled app code).
 * Under `next dev` or a bare `next start` nothing deletes a caller's own
 * header, so there every caller counts as the one client "direct": nobody can
 * dodge a limit, but anyone's failures count for everyone. Only `npm start`
 * tells clients apart.
 */
export const CLIENT_HEADER = 'x-enquete-client';
export const DIRECT_CLIENT = 'direct';

const SERVER_SETS_CLIENT_HEADER = Symbol.for('enquete.serverSetsClientHeader');

type HeaderSource = { get(name: string): string | null };

/** Called by server.ts once it sets CLIENT_HEADER on every request. */
export function announceClientHeader(): void {
  (globalThis as Record<symbol, unknown>)[SERVER_SETS_CLIENT_HEADER] = true;
}

export function clientKeyFromHeaders(headers: HeaderSource): string {
  if ((globalThis as Record<symbol, unknown>)[SERVER_SETS_CLIENT_HEADER] !== true) return DIRECT_CLIENT;
  return headers.get(CLIENT_HEADER) || DIRECT_CLIENT;
}
