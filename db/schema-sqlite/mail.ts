import { sql } from 'drizzle-orm';
import { sqliteTable, integer, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { editions, libraries } from './survey';

export const mailKinds = ['invitation', 'reminder'] as const;
/** What the outbox holds: a mailing's messages, and the receipt a library gets for each sending of its answers. */
export const outboxKinds = [...mailKinds, 'receipt'] as const;
export const reminderAudiences = ['all', 'started', 'not_started'] as const;
export const outboxStatuses = ['queued', 'sending', 'sent', 'failed', 'skipped'] as const;

/**
 * One invitation or reminder mailing as a coordinator (or the CLI) started
 * it: its rule (who gets it) and its state. Its messages are rows in
 * `outbox`; the counts are read from there.
 */
export const mailings = sqliteTable(
  'mailings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    editionId: integer('edition_id')
      .notNull()
      .references(() => editions.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: mailKinds }).notNull(),
    /** Reminders only: all libraries that have not submitted, or only those that started or did not. */
    audience: text('audience', { enum: reminderAudiences }).notNull().default('all'),
    /** Reminders only: days since the library's last mail. */
    minDays: integer('min_days').notNull().default(0),
    /** Reminders only: a library that has had this many is left out; null for no limit. */
    maxReminders: integer('max_reminders'),
    /** Reminders only: also libraries never mailed an invitation (their link was handed out another way); left out unless chosen. */
    includeNotMailed: integer('include_not_mailed', { mode: 'boolean' }).notNull().default(false),
    createdBy: text('created_by').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
    state: text('state', { enum: ['running', 'done', 'cancelled'] })
      .notNull()
      .default('running'),
    recipients: integer('recipients').notNull(),
    finishedAt: integer('finished_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('mailings_edition_idx').on(t.editionId, t.createdAt)],
);

/**
 * One message. The unique key (edition, library, kind, wave) is what makes
 * a message exist once: an invitation has wave 0, a reminder the number it
 * will be for the library (its reminder count + 1 when queued), so a second
 * mailing started beside the first queues nothing new. A receipt belongs to
 * no mailing: its wave is the moment of the sending it confirms (epoch ms),
 * queued in the submission's transaction (lib/mail/receipt.ts). A row is claimed
 * (queued → sending) in a transaction before it is handed to SMTP.
 */
export const outbox = sqliteTable(
  'outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Null for a receipt. */
    mailingId: integer('mailing_id').references(() => mailings.id, { onDelete: 'cascade' }),
    editionId: integer('edition_id')
      .notNull()
      .references(() => editions.id, { onDelete: 'cascade' }),
    libraryId: integer('library_id')
      .notNull()
      .references(() => libraries.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: outboxKinds }).notNull(),
    wave: integer('wave').notNull(),
    status: text('status', { enum: outboxStatuses }).notNull().default('queued'),
    /** The address it went to (or was to go to), as it was at that moment. */
    email: text('email'),
    /** "host:pid" of the process handing the message over while `sending`: a row of a process that is gone is queued again. */
    claimedBy: text('claimed_by'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull(),
    /** The SMTP server's reply to a refused message, or why it was skipped. */
    lastError: text('last_error'),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
    messageId: text('message_id'),
  },
  (t) => [
    uniqueIndex('outbox_message_unique').on(t.editionId, t.libraryId, t.kind, t.wave),
    // Also how `sending` rows are found (by mailing; receipts under a null mailing).
    index('outbox_mailing_status_idx').on(t.mailingId, t.status),
    // The queue in the order the sender takes it. Partial: a row enters once and leaves at its
    // claim, instead of moving through a (status, due) index twice per message (queued → sending
    // → sent), a third fewer pages written per message (docs/benchmarks.md, "Mailing"). A query
    // uses it only with the literal `status = 'queued'` in its WHERE, not a bound value.
    index('outbox_queued_due_idx')
      .on(t.nextAttemptAt, t.id)
      .where(sql`status = 'queued'`),
  ],
);

export const mailTemplateNames = ['invitation', 'reminder', 'reminderStarted'] as const;

/**
 * An edition's own wording of one message (`reminder` goes to libraries that
 * have not started, `reminderStarted` to those that have). No row: the
 * default text from messages/nl/mail.json is used.
 */
export const mailTemplates = sqliteTable(
  'mail_templates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    editionId: integer('edition_id')
      .notNull()
      .references(() => editions.id, { onDelete: 'cascade' }),
    name: text('name', { enum: mailTemplateNames }).notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('mail_templates_edition_name_unique').on(t.editionId, t.name)],
);

export const plannedMailingStates = ['planned', 'started', 'cancelled'] as const;

/**
 * A reminder mailing a coordinator planned for a moment. Only its rule is
 * stored: who gets it is decided when the moment has come (the server's
 * scheduler then starts it as an ordinary mailing and links it here).
 */
export const plannedMailings = sqliteTable(
  'planned_mailings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    editionId: integer('edition_id')
      .notNull()
      .references(() => editions.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: mailKinds }).notNull().default('reminder'),
    audience: text('audience', { enum: reminderAudiences }).notNull().default('all'),
    minDays: integer('min_days').notNull().default(0),
    maxReminders: integer('max_reminders'),
    includeNotMailed: integer('include_not_mailed', { mode: 'boolean' }).notNull().default(false),
    plannedFor: integer('planned_for', { mode: 'timestamp_ms' }).notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
    state: text('state', { enum: plannedMailingStates }).notNull().default('planned'),
    /** The mailing it became; null while planned, or when nobody was left to mail at the moment. */
    mailingId: integer('mailing_id').references(() => mailings.id, { onDelete: 'set null' }),
    /** Why nothing was sent at the moment ('nobody', 'closed', 'not-open'). */
    outcome: text('outcome'),
    /** When it was started or cancelled, and by whom it was cancelled. */
    settledAt: integer('settled_at', { mode: 'timestamp_ms' }),
    cancelledBy: text('cancelled_by'),
  },
  (t) => [index('planned_mailings_due_idx').on(t.state, t.plannedFor)],
);
