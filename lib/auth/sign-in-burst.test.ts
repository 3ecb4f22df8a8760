import { describe, expect, it, vi } from 'vitest';
import { openTestDb } from '@/tests/support/db';
import { CLI_ACTOR } from '@/lib/audit/record';
import { createUser } from './users';
import { authenticateStaff } from './sign-in';
import { signInPolicy } from './rate-limit';

// Passes through to argon2, counting how many passwords really get checked.
const verifications = vi.hoisted(() => ({ count: 0 }));
vi.mock('./password', async (importOriginal) => {
  const real = await importOriginal<typeof import('./password')>();
  return {
    ...real,
    verifyPassword: (hash: string, password: string) => {
      verifications.count++;
      return real.verifyPassword(hash, password);
    },
    spendPasswordVerification: (password: string) => {
      verifications.count++;
      return real.spendPasswordVerification(password);
    },
  };
});

describe('a burst of sign-in attempts sent at once', () => {
  it('gets no more password checks than the lock-out allows, so the right password at the end of 200 does not get in', async () => {
    const db = await openTestDb();
    await createUser({ db, email: 'sanne@example.nl', name: 'Sanne', role: 'admin', password: 'een-goed-wachtwoord', actor: CLI_ACTOR });
    verifications.count = 0;
    const now = new Date(Date.UTC(2026, 0, 1));
    const attempt = (password: string) =>
      authenticateStaff({ db, credentials: { email: 'sanne@example.nl', password }, clientKey: '127.0.0.2', now });

    const results = await Promise.all([...Array.from({ length: 199 }, (_, i) => attempt(`fout-${i}`)), attempt('een-goed-wachtwoord')]);

    expect(verifications.count).toBe(signInPolicy.maxFailures);
    expect(results.at(-1)).toMatchObject({ ok: false, error: 'locked' });
    expect(results.filter((r) => r.ok)).toHaveLength(0);
  });

  it('counts unknown e-mail addresses the same way', async () => {
    const db = await openTestDb();
    verifications.count = 0;
    const now = new Date(Date.UTC(2026, 0, 1));
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        authenticateStaff({ db, credentials: { email: 'niemand@example.nl', password: `fout-${i}` }, clientKey: 'c', now }),
      ),
    );
    expect(verifications.count).toBe(signInPolicy.maxFailures);
    expect(results.every((r) => !r.ok && r.error === 'locked')).toBe(true);
  });
});
