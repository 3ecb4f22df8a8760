import { describe, expect, it } from 'vitest';
import { clearFailures, getLimitState, recordFailure, reserveAttempt, settleFailure, type RateLimitPolicy } from './rate-limit';
import { openTestDb } from '@/tests/support/db';

const MIN = 60_000;
const policy: RateLimitPolicy = { maxFailures: 5, windowMs: 15 * MIN, lockMs: 15 * MIN };
const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms);

describe('rate limiter', () => {
  it('locks on the 5th failure within the window, for exactly the lock time', async () => {
    const db = await openTestDb();
    for (let i = 1; i <= 4; i++)
      expect(await recordFailure({ db, key: 'k', now: at(i * 1000), policy })).toEqual({ locked: false, failures: i });
    const fifth = await recordFailure({ db, key: 'k', now: at(5000), policy });
    expect(fifth).toMatchObject({ locked: true, retryAfterSeconds: 900 });
    expect((await getLimitState({ db, key: 'k', now: at(5000 + 15 * MIN - 1) })).locked).toBe(true);
    expect(await getLimitState({ db, key: 'k', now: at(5000 + 15 * MIN) })).toEqual({ locked: false, failures: 0 });
  });

  it('reports the remaining lock time, rounded up to whole seconds', async () => {
    const db = await openTestDb();
    for (let i = 0; i < 5; i++) await recordFailure({ db, key: 'k', now: at(0), policy });
    expect(await getLimitState({ db, key: 'k', now: at(10 * MIN + 500) })).toMatchObject({ locked: true, retryAfterSeconds: 300 });
  });

  it('forgets failures older than the window', async () => {
    const db = await openTestDb();
    for (let i = 0; i < 4; i++) await recordFailure({ db, key: 'k', now: at(0), policy });
    expect(await recordFailure({ db, key: 'k', now: at(15 * MIN), policy })).toEqual({ locked: false, failures: 1 });
  });

  it('does not count while locked, and gives a new series after the lock', async () => {
    const db = await openTestDb();
    for (let i = 0; i < 5; i++) await recordFailure({ db, key: 'k', now: at(0), policy });
    expect(await recordFailure({ db, key: 'k', now: at(MIN), policy })).toMatchObject({ locked: true, retryAfterSeconds: 14 * 60 });
    expect(await recordFailure({ db, key: 'k', now: at(16 * MIN), policy })).toEqual({ locked: false, failures: 1 });
  });

  it('keeps keys apart and forgets a key on success', async () => {
    const db = await openTestDb();
    for (let i = 0; i < 5; i++) await recordFailure({ db, key: 'a', now: at(0), policy });
    await recordFailure({ db, key: 'b', now: at(0), policy });
    expect((await getLimitState({ db, key: 'a', now: at(1) })).locked).toBe(true);
    expect(await getLimitState({ db, key: 'b', now: at(1) })).toEqual({ locked: false, failures: 1 });
    await clearFailures({ db, key: 'b' });
    expect(await getLimitState({ db, key: 'b', now: at(1) })).toEqual({ locked: false, failures: 0 });
  });

  it('prunes rows no policy can use any more when it counts a failure', async () => {
    const db = await openTestDb();
    const rows = () => (db.$client.prepare('select key from rate_limits order by key').all() as { key: string }[]).map((r) => r.key);
    await recordFailure({ db, key: 'old', now: at(0), policy });
    for (let i = 0; i < 5; i++) await recordFailure({ db, key: 'locked-long', now: at(0), policy: { ...policy, lockMs: 48 * 60 * MIN } });
    await recordFailure({ db, key: 'recent', now: at(23 * 60 * MIN), policy });
    expect(rows()).toEqual(['locked-long', 'old', 'recent']);
    await recordFailure({ db, key: 'new', now: at(25 * 60 * MIN), policy });
    // 'old' is past every window; 'locked-long' is still locked; 'recent' is within a day.
    expect(rows()).toEqual(['locked-long', 'new', 'recent']);
  });

  it('takes attempts before the check: the allowance is used up by attempts in flight, and the next one locks without taking any', async () => {
    const db = await openTestDb();
    for (let i = 1; i <= 5; i++) expect(await reserveAttempt({ db, key: 'k', now: at(0), policy })).toEqual({ locked: false, failures: i });
    expect(await reserveAttempt({ db, key: 'k', now: at(1000), policy })).toMatchObject({ locked: true, retryAfterSeconds: 900 });
    // The attempts in flight then fail, and find the key locked.
    expect(await settleFailure({ db, key: 'k', now: at(2000), policy })).toMatchObject({ locked: true });
  });

  it('locks when a failed attempt used up the allowance, and forgets taken attempts after a success', async () => {
    const db = await openTestDb();
    for (let i = 1; i <= 4; i++) {
      await reserveAttempt({ db, key: 'k', now: at(i), policy });
      expect(await settleFailure({ db, key: 'k', now: at(i), policy })).toEqual({ locked: false, failures: i });
    }
    await reserveAttempt({ db, key: 'k', now: at(5), policy });
    await clearFailures({ db, key: 'k' });
    expect(await getLimitState({ db, key: 'k', now: at(6) })).toEqual({ locked: false, failures: 0 });
    for (let i = 1; i <= 5; i++) await reserveAttempt({ db, key: 'k', now: at(10 + i), policy });
    expect(await settleFailure({ db, key: 'k', now: at(20), policy })).toMatchObject({ locked: true, retryAfterSeconds: 900 });
  });
});
