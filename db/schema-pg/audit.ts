import { pgTable, integer, text, jsonb, index } from 'drizzle-orm/pg-core';
import { apiKeys, users } from './staff';
import { id, moment } from './columns';

/**
 * PostgreSQL's audit log (db/schema-sqlite/audit.ts explains it). Append-only at the
 * database too: a trigger refuses UPDATE and DELETE (db/migrations-pg, the
 * custom migration after the initial one).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: id(),
    at: moment('at').notNull().defaultNow(),
    actorUserId: integer('actor_user_id').references(() => users.id),
    actorApiKeyId: integer('actor_api_key_id').references(() => apiKeys.id),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    target: text('target'),
    details: jsonb('details').$type<Record<string, unknown>>(),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_action_idx').on(t.action, t.at),
    index('audit_log_actor_idx').on(t.actorLabel, t.at),
  ],
);
