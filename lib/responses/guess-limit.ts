import type { Db } from '@/db/client';
import { getLimitState, invitationTokenPolicy, recordFailure, type RateLimitPolicy } from '@/lib/auth/rate-limit';
import { findInvitationByToken, type InvitationContext } from './queries';
import { apiMessage } from '@/lib/api/messages';

/**
 * Invitation look-up with a brake on guessing. A valid token is always
 * served: a library must never be refused because someone else, perhaps
 * behind the same address, guessed. Only unknown tokens are counted, per
 * client (`rate_limits`), and once a client is over the limit its unknown
 * tokens get 429 instead of 404. That "429 for unknown, 200 for valid" tells
 * a scanner which guess was right does not matter: a token has 256 random
 * bits, so no scanner ever makes a right guess; the brake only keeps it busy.
 */
export type InvitationLookup =
  { status: 'found'; context: InvitationContext } | { status: 'unknown' } | { status: 'limited'; retryAfterSeconds: number };

function invitationLimitKey(clientKey: string): string {
  return `token:${clientKey}`;
}

export async function lookUpInvitation({
  db,
  token,
  clientKey,
  now = new Date(),
  policy = invitationTokenPolicy,
}: {
  db: Db;
  token: string;
  /** lib/auth/client-key.ts: clientKeyFromHeaders(request.headers). */
  clientKey: string;
  now?: Date;
  policy?: RateLimitPolicy;
}): Promise<InvitationLookup> {
  const context = findInvitationByToken({ db, token });
  if (context) return { status: 'found', context };
  const key = invitationLimitKey(clientKey);
  // Read first: a locked scanner's flood then costs reads, not write transactions.
  const state = await getLimitState({ db, key, now });
  if (state.locked) return { status: 'limited', retryAfterSeconds: state.retryAfterSeconds };
  const after = await recordFailure({ db, key, now, policy });
  return after.locked ? { status: 'limited', retryAfterSeconds: after.retryAfterSeconds } : { status: 'unknown' };
}

/**
 * For proxy.ts, which answers 429 for /r/... pages (a page cannot set its
 * status): whether this token is refused to this client. Reads the client's
 * state first, so the token is looked up only for clients that are limited.
 */
export async function isInvitationLookupLimited({
  db,
  token,
  clientKey,
  now = new Date(),
}: {
  db: Db;
  token: string;
  clientKey: string;
  now?: Date;
}) {
  const state = await getLimitState({ db, key: invitationLimitKey(clientKey), now });
  if (!state.locked || findInvitationByToken({ db, token })) return undefined;
  return { retryAfterSeconds: state.retryAfterSeconds };
}

export const TOO_MANY_UNKNOWN_LINKS = apiMessage('tooManyUnknownLinks');
