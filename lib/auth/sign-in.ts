import type { Db } from '@/db/client';
import { spendPasswordVerification, verifyPassword } from './password';
import { clearFailures, reserveAttempt, settleFailure, signInPolicy, type RateLimitPolicy } from './rate-limit';
import { signInSchema, type SignInError } from './sign-in-schema';
import { findUserByEmail, normalizeEmail, toStaffUser, type StaffUser } from './users';

export type SignInResult = { ok: true; user: StaffUser } | { ok: false; error: SignInError; retryAfterSeconds?: number };

function signInLimitKey(email: string, clientKey: string): string {
  return `signin:${normalizeEmail(email)}|${clientKey}`;
}

/**
 * Checks an e-mail address and password. The lock is per account AND client
 * address, so a flood of wrong passwords from one address does not keep the
 * account's owner out elsewhere. The attempt is taken from the allowance
 * before the password is checked (reserveAttempt), so during a lock-out even
 * the right password does not get in, a burst sent at once gets no more
 * checks than the allowance, and failures for unknown addresses count too
 * (the lock reveals no accounts).
 */
export async function authenticateStaff({
  db,
  credentials,
  clientKey,
  now = new Date(),
  policy = signInPolicy,
}: {
  db: Db;
  credentials: unknown;
  clientKey: string;
  now?: Date;
  policy?: RateLimitPolicy;
}): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return { ok: false, error: 'invalid' };
  const { email, password } = parsed.data;
  const limitKey = signInLimitKey(email, clientKey);

  const reserved = await reserveAttempt({ db, key: limitKey, now, policy });
  if (reserved.locked) return { ok: false, error: 'locked', retryAfterSeconds: reserved.retryAfterSeconds };

  const user = await findUserByEmail({ db, email });
  const passwordOk = user ? await verifyPassword(user.passwordHash, password) : (await spendPasswordVerification(password), false);
  if (!user || !passwordOk) {
    const after = await settleFailure({ db, key: limitKey, now, policy });
    return after.locked ? { ok: false, error: 'locked', retryAfterSeconds: after.retryAfterSeconds } : { ok: false, error: 'credentials' };
  }
  await clearFailures({ db, key: limitKey });
  // Said only to someone who knows the password, so it tells a guesser nothing.
  if (user.disabledAt) return { ok: false, error: 'disabled' };
  return { ok: true, user: toStaffUser(user) };
}
