import { pgTable, integer, bigint, text, index } from 'drizzle-orm/pg-core';
import { userRoles } from '../schema-sqlite/staff';
import { createdAt, id, moment } from './columns';

/** PostgreSQL's users (db/schema-sqlite/staff.ts explains the table). */
export const users = pgTable('users', {
  id: id(),
  email: text('email').notNull().unique(),
  name: text('name'),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: userRoles }).notNull(),
  disabledAt: moment('disabled_at'),
  // Milliseconds since the epoch as a number (SQLite's integer), which needs 64 bits.
  sessionsValidFrom: bigint('sessions_valid_from', { mode: 'number' }),
  createdAt: createdAt(),
  updatedAt: moment('updated_at'),
});

export const apiKeys = pgTable('api_keys', {
  id: id(),
  name: text('name').notNull(),
  keyHash: text('key_hash').notNull().unique(),
  prefix: text('prefix').notNull(),
  createdByUserId: integer('created_by_user_id').references(() => users.id),
  createdAt: createdAt(),
  lastUsedAt: moment('last_used_at'),
  revokedAt: moment('revoked_at'),
});

/** Shared by every app instance on the one database, as the SQLite table is by every worker. */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').primaryKey(),
    count: integer('count').notNull().default(0),
    // Epoch milliseconds as numbers, as on SQLite.
    windowStart: bigint('window_start', { mode: 'number' }).notNull(),
    lockedUntil: bigint('locked_until', { mode: 'number' }),
  },
  (t) => [index('rate_limits_window_start_idx').on(t.windowStart)],
);
