import { sql } from 'drizzle-orm';
import { pgTable, integer, bigint, text, boolean, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { mailKinds, mailTemplateNames, outboxKinds, outboxStatuses, plannedMailingStates, reminderAudiences } from '../schema-sqlite/mail';
import { editions, libraries } from './survey';
import { createdAt, id, moment } from './columns';

// PostgreSQL's mail tables; db/schema-sqlite/mail.ts explains each.

export const mailings = pgTable(
  'mailings',
  {
    id: id(),
    editionId: integer('edition_id')
      .notNull()
      .references(() => editions.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: mailKinds }).notNull(),
    audience: text('audience', { enum: reminderAudiences }).notNull().default('all'),
    minDays: integer('min_days').notNull().default(0),
    maxReminders: integer('max_reminders'),
    includeNotMailed: boolean('include_not_mailed').notNull().default(false),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    state: text('state', { enum: ['running', 'done', 'cancelled'] })
      .notNull()
      .default('running'),
    recipients: integer('recipients').notNull(),
    finishedAt: moment('finished_at'),
  },
  (t) => [index('mailings_edition_idx').on(t.editionId, t.createdAt)],
);

export const outbox = pgTable(
  'outbox',
  {
    id: id(),
    mailingId: integer('mailing_id').references(() => mailings.id, { onDelete: 'cascade' }),
    editionId: integer('edition_id')
      .notNull()
      .references(() => editions.id, { onDelete: 'cascade' }),
    libraryId: integer('library_id')
      .notNull()
      .references(() => libraries.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: outboxKinds }).notNull(),
    // A receipt's wave is an epoch-millisecond moment: 64 bits, read as a number as on SQLite.
    wave: bigint('wave', { mode: 'number' }).notNull(),
    status: text('status', { enum: outboxStatuses }).notNull().default('queued'),
    email: text('email'),
    claimedBy: text('claimed_by'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: moment('next_attempt_at').notNull(),
    lastError: text('last_error'),
    sentAt: moment('sent_at'),
    messageId: text('message_id'),
  },
  (t) => [
    uniqueIndex('outbox_message_unique').on(t.editionId, t.libraryId, t.kind, t.wave),
    index('outbox_mailing_status_idx').on(t.mailingId, t.status),
    index('outbox_queued_due_idx')
      .on(t.nextAttemptAt, t.id)
      .where(sql`status = 'queued'`),
  ],
);

export const mailTemplates = pgTable(
  'mail_templates',
  {
    id: id(),
    editionId: integer('edition_id')
      .notNull()
      .references(() => editions.id, { onDelete: 'cascade' }),
    name: text('name', { enum: mailTemplateNames }).notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    updatedAt: moment('updated_at').notNull(),
  },
  (t) => [uniqueIndex('mail_templates_edition_name_unique').on(t.editionId, t.name)],
);

export const plannedMailings = pgTable(
  'planned_mailings',
  {
    id: id(),
    editionId: integer('edition_id')
      .notNull()
      .references(() => editions.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: mailKinds }).notNull().default('reminder'),
    audience: text('audience', { enum: reminderAudiences }).notNull().default('all'),
    minDays: integer('min_days').notNull().default(0),
    maxReminders: integer('max_reminders'),
    includeNotMailed: boolean('include_not_mailed').notNull().default(false),
    plannedFor: moment('planned_for').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    state: text('state', { enum: plannedMailingStates }).notNull().default('planned'),
    mailingId: integer('mailing_id').references(() => mailings.id, { onDelete: 'set null' }),
    outcome: text('outcome'),
    settledAt: moment('settled_at'),
    cancelledBy: text('cancelled_by'),
  },
  (t) => [index('planned_mailings_due_idx').on(t.state, t.plannedFor)],
);
