import { sql } from 'drizzle-orm';
import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core';

export const userRoles = ['admin', 'coordinator'] as const;
export type UserRole = (typeof userRoles)[number];

/** People who run the survey. Library staff never have an account: they use invitation links. */
export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  email: text('email').notNull().unique(),
  name: text('name'),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: userRoles }).notNull(),
  disabledAt: integer('disabled_at', { mode: 'timestamp_ms' }),
  /**
   * Milliseconds since the epoch: session tokens issued before this moment are void. Signing
   * out and disabling the account set it, so a copied cookie stops working at
   * once rather than when its JWT expires, and re-enabling does not revive it.
   */
  sessionsValidFrom: integer('sessions_valid_from'),
  createdAt: integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
});

/** Keys for machine access to /api/v1 staff endpoints; only the hash is kept. */
export const apiKeys = sqliteTable('api_keys', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  keyHash: text('key_hash').notNull().unique(),
  prefix: text('prefix').notNull(),
  createdByUserId: integer('created_by_user_id').references(() => users.id),
  createdAt: integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`),
  lastUsedAt: integer('last_used_at', { mode: 'timestamp_ms' }),
  revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
});

/**
 * Fixed-window counters for sign-in attempts and unknown invitation tokens.
 * A table rather than memory: it survives a restart and is shared by every
 * worker on the one SQLite file.
 */
export const rateLimits = sqliteTable(
  'rate_limits',
  {
    key: text('key').primaryKey(),
    count: integer('count').notNull().default(0),
    windowStart: integer('window_start').notNull(),
    lockedUntil: integer('locked_until'),
  },
  // Stale rows are pruned by window start (lib/auth/rate-limit.ts).
  (t) => [index('rate_limits_window_start_idx').on(t.windowStart)],
);
