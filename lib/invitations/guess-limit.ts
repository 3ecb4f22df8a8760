import type { Db } from '@/db/client';
import { clientKeyFromHeaders } from '@/lib/auth/client-key';
import { getLimitState, invitationTokenPolicy, recordFailure, type RateLimitPolicy } from '@/lib/auth/rate-limit';
import { findInvitationByToken, type InvitationContext } from '@/lib/responses/queries';
import { apiMessage } from '@/lib/api/messages';

/**
 * Invitation look-up with a brake on guessing: unknown tokens from one client
 * are counted in `rate_limits`, and once the client is over the limit every
 * token look-up from it is refused (HTTP 429), valid tokens included;
 * otherwise "429 vs 200" would still tell a scanner which guess was right.
 */
export type InvitationLookup =
  | { status: 'found'; context: InvitationContext }
  | { status: 'unknown' }
  | { status: 'limited'; retryAfterSeconds: number };

type HeaderSource = { get(name: string): string | null };

export function invitationLimitKey(clientKey: string): string {
  return `token:${clientKey}`;
}

export function lookUpInvitation({
  db,
  token,
  headers,
  now = new Date(),
  policy = invitationTokenPolicy,
}: {
  db: Db;
  token: string;
  /** The request's headers (route handler: request.headers; page: await headers()). */
  headers: HeaderSource;
  now?: Date;
  policy?: RateLimitPolicy;
}): InvitationLookup {
  const key = invitationLimitKey(clientKeyFromHeaders(headers));
  const state = getLimitState({ db, key, now });
  if (state.locked) return { status: 'limited', retryAfterSeconds: state.retryAfterSeconds };
  const context = findInvitationByToken({ db, token });
  if (context) return { status: 'found', context };
  const after = recordFailure({ db, key, now, policy });
  return after.locked ? { status: 'limited', retryAfterSeconds: after.retryAfterSeconds } : { status: 'unknown' };
}

/** Whether a client is currently refused token look-ups; read by proxy.ts to answer 429 for /r/... pages. */
export function isInvitationLookupLimited({ db, headers, now = new Date() }: { db: Db; headers: HeaderSource; now?: Date }) {
  const state = getLimitState({ db, key: invitationLimitKey(clientKeyFromHeaders(headers)), now });
  return state.locked ? { retryAfterSeconds: state.retryAfterSeconds } : undefined;
}

export const TOO_MANY_UNKNOWN_LINKS = apiMessage('tooManyUnknownLinks');
