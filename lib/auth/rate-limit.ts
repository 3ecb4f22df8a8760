import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type Database from 'better-sqlite3';
import type { Db } from '@/db/client';
import { transaction } from '@/db/transaction';
import { rateLimits } from '@/db/schema';

/**
 * Failure counting with a lock-out, stored in the `rate_limits` table rather
 * than in memory: the state survives a restart (a restart must not hand a
 * guesser a fresh set of attempts) and every Next.js worker process on the one
 * SQLite file sees the same counts. Times are passed in so tests need no clock.
 */
export type RateLimitPolicy = {
  /** Failures within one window that trigger the lock. */
  maxFailures: number;
  windowMs: number;
  lockMs: number;
};

export type LimitState = { locked: false; failures: number } | { locked: true; lockedUntil: Date; retryAfterSeconds: number };

const MINUTE = 60_000;
/** Longer than any policy's window and lock: rows this old no longer decide anything. */
const STALE_AFTER_MS = 24 * 60 * MINUTE;

/** 5 wrong passwords for one account from one client within 15 minutes lock that pair for 15 minutes. */
export const signInPolicy: RateLimitPolicy = { maxFailures: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };

/**
 * 20 unknown invitation tokens from one client within 10 minutes: 429 for 10 minutes.
 * Generous, because a library may mistype or paste a cut-off link a few times;
 * tokens are 256 random bits, so this only stops scanners, never a real guess.
 */
export const invitationTokenPolicy: RateLimitPolicy = { maxFailures: 20, windowMs: 10 * MINUTE, lockMs: 10 * MINUTE };

function lockedState(lockedUntil: number, now: number): LimitState {
  return { locked: true, lockedUntil: new Date(lockedUntil), retryAfterSeconds: Math.max(1, Math.ceil((lockedUntil - now) / 1000)) };
}

function prepareLimitRead(db: Db) {
  return db
    .select()
    .from(rateLimits)
    .where(eq(rateLimits.key, sql.placeholder('key')))
    .prepare();
}

// Every invitation-link request reads its client's state. Built and prepared
// once per SQLite connection instead of per call: that took about 5% of a
// submission's CPU time under load (docs/benchmarks.md). The row is still read
// on every request, so all processes on the file see one truth.
const limitReads = new WeakMap<Database.Database, ReturnType<typeof prepareLimitRead>>();

async function readLimitRow(db: Db, key: string) {
  let read = limitReads.get(db.$client);
  if (!read) {
    read = prepareLimitRead(db);
    limitReads.set(db.$client, read);
  }
  const [row] = await read.execute({ key });
  return row;
}

/** Whether `key` is locked at `now`; reading never changes the state. */
export async function getLimitState({ db, key, now }: { db: Db; key: string; now: Date }): Promise<LimitState> {
  const row = await readLimitRow(db, key);
  const t = now.getTime();
  if (row?.lockedUntil && row.lockedUntil > t) return lockedState(row.lockedUntil, t);
  return { locked: false, failures: row ? row.count : 0 };
}

type Row = typeof rateLimits.$inferSelect;

// Writes are the only place to clear out what no policy can still use; without
// it a scan of many clients would grow the table forever.
async function pruneStale(tx: Db, t: number): Promise<void> {
  await tx
    .delete(rateLimits)
    .where(and(lt(rateLimits.windowStart, t - STALE_AFTER_MS), or(isNull(rateLimits.lockedUntil), lt(rateLimits.lockedUntil, t))));
}

async function store(tx: Db, key: string, values: Omit<Row, 'key'>): Promise<void> {
  await tx
    .insert(rateLimits)
    .values({ key, ...values })
    .onConflictDoUpdate({ target: rateLimits.key, set: values });
}

async function lock(tx: Db, key: string, t: number, policy: RateLimitPolicy): Promise<LimitState> {
  const lockedUntil = t + policy.lockMs;
  // The count starts afresh, so after the lock the client gets a new (limited) series, not one more try.
  await store(tx, key, { count: 0, windowStart: t, lockedUntil });
  return lockedState(lockedUntil, t);
}

/** Failures counted in the row's window at `t` (0 once the window has passed). */
function countInWindow(row: Row | undefined, t: number, policy: RateLimitPolicy): number {
  return row && t - row.windowStart < policy.windowMs ? row.count : 0;
}

/**
 * Runs `step` in an IMMEDIATE transaction: it takes the write lock before
 * reading, so two requests or worker processes counting at once cannot both
 * read the same count.
 */
async function withRow(
  db: Db,
  key: string,
  now: Date,
  step: (tx: Db, row: Row | undefined, t: number) => Promise<LimitState>,
): Promise<LimitState> {
  const t = now.getTime();
  return transaction(db, async (tx) => {
    await pruneStale(tx, t);
    const [row] = await tx.select().from(rateLimits).where(eq(rateLimits.key, key));
    if (row?.lockedUntil && row.lockedUntil > t) return lockedState(row.lockedUntil, t);
    return step(tx, row, t);
  });
}

/** What the policy's steps are called with: the key's row is read and written on `db`, at `now`. */
type PolicyCall = { db: Db; key: string; now: Date; policy: RateLimitPolicy };

/** Counts one failure; returns the state after it (locked when this failure reached the limit). */
export async function recordFailure({ db, key, now, policy }: PolicyCall): Promise<LimitState> {
  return withRow(db, key, now, async (tx, row, t) => {
    const count = countInWindow(row, t, policy) + 1;
    if (count >= policy.maxFailures) return lock(tx, key, t, policy);
    await store(tx, key, { count, windowStart: count === 1 ? t : row!.windowStart, lockedUntil: null });
    return { locked: false, failures: count };
  });
}

/**
 * Takes one of `key`'s attempts BEFORE the slow check it guards (a password).
 * Checking the lock first and counting after the check would let a burst of
 * parallel attempts all pass the check before the first failure is counted;
 * taking the attempt in the same transaction as the check of the lock lets
 * no burst have more than `maxFailures` checks. A taken attempt counts as a
 * failure until `clearFailures` (the check succeeded); after a failed check,
 * `settleFailure` locks the key if that used up the allowance. With the
 * allowance used up, nothing is taken: the key is locked (if it was not yet).
 */
export async function reserveAttempt({ db, key, now, policy }: PolicyCall): Promise<LimitState> {
  return withRow(db, key, now, async (tx, row, t) => {
    const used = countInWindow(row, t, policy);
    if (used >= policy.maxFailures) return lock(tx, key, t, policy);
    await store(tx, key, { count: used + 1, windowStart: used === 0 ? t : row!.windowStart, lockedUntil: null });
    return { locked: false, failures: used + 1 };
  });
}

/** After a reserved attempt failed: the state, locked when the failures used up the allowance. */
export async function settleFailure({ db, key, now, policy }: PolicyCall): Promise<LimitState> {
  return withRow(db, key, now, async (tx, row, t) => {
    const failures = countInWindow(row, t, policy);
    return failures >= policy.maxFailures ? lock(tx, key, t, policy) : { locked: false, failures };
  });
}

/** Forgets the failures of `key` (after a successful sign-in). */
export async function clearFailures({ db, key }: { db: Db; key: string }): Promise<void> {
  await transaction(db, async (tx) => {
    await tx.delete(rateLimits).where(eq(rateLimits.key, key));
  });
}
