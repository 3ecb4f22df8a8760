import { sql } from 'drizzle-orm';
import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core';
import { apiKeys, users } from './staff';

/**
 * Who did what, when. Rows are only ever inserted (lib/audit/record.ts): the
 * app has no code path that updates or deletes them. The actor's label is
 * copied so an entry still names its author after the account is renamed.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
    actorUserId: integer('actor_user_id').references(() => users.id),
    actorApiKeyId: integer('actor_api_key_id').references(() => apiKeys.id),
    /** E-mail address, API key name, or "cli" for the command line. */
    actorLabel: text('actor_label').notNull(),
    /** Dotted name from lib/audit/actions.ts, e.g. "edition.opened". */
    action: text('action').notNull(),
    /** What the action was about, e.g. "edition:2023-2024" or "library:12". */
    target: text('target'),
    /** Action-specific facts (old and new values, a definition diff ...). */
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>(),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_action_idx').on(t.action, t.at),
    index('audit_log_actor_idx').on(t.actorLabel, t.at),
  ],
);
