import {
  pgTable,
  integer,
  text,
  doublePrecision,
  jsonb,
  index,
  unique,
  uniqueIndex,
  foreignKey,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { librarySizeClasses } from '../schema-sqlite/survey';
import { createdAt, id, moment } from './columns';

// PostgreSQL's survey tables; db/schema-sqlite/survey.ts explains each.

export const editions = pgTable('editions', {
  id: id(),
  code: text('code').notNull().unique(),
  title: text('title').notNull(),
  status: text('status', { enum: ['draft', 'open', 'closed'] })
    .notNull()
    .default('draft'),
  opensAt: moment('opens_at'),
  closesAt: moment('closes_at'),
  previousEditionId: integer('previous_edition_id').references((): AnyPgColumn => editions.id),
  definition: jsonb('definition').notNull(),
  createdAt: createdAt(),
});

export const libraries = pgTable(
  'libraries',
  {
    id: id(),
    name: text('name').notNull(),
    province: text('province').notNull(),
    email: text('email').notNull(),
    sizeClass: text('size_class', { enum: librarySizeClasses }),
    deactivatedAt: moment('deactivated_at'),
    emailBouncingAt: moment('email_bouncing_at'),
    createdAt: createdAt(),
    updatedAt: moment('updated_at'),
  },
  (t) => [uniqueIndex('libraries_name_unique').on(t.name), index('libraries_province_idx').on(t.province)],
);

export const invitations = pgTable(
  'invitations',
  {
    id: id(),
    editionId: integer('edition_id')
      .notNull()
      .references(() => editions.id, { onDelete: 'cascade' }),
    libraryId: integer('library_id')
      .notNull()
      .references(() => libraries.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    tokenEncrypted: text('token_encrypted'),
    createdAt: createdAt(),
    sentAt: moment('sent_at'),
    lastRemindedAt: moment('last_reminded_at'),
    reminderCount: integer('reminder_count').notNull().default(0),
    firstOpenedAt: moment('first_opened_at'),
  },
  (t) => [uniqueIndex('invitations_edition_library_unique').on(t.editionId, t.libraryId)],
);

export const responses = pgTable(
  'responses',
  {
    id: id(),
    editionId: integer('edition_id')
      .notNull()
      .references(() => editions.id, { onDelete: 'cascade' }),
    libraryId: integer('library_id')
      .notNull()
      .references(() => libraries.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['draft', 'submitted'] })
      .notNull()
      .default('draft'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: moment('updated_at').notNull(),
    submittedAt: moment('submitted_at'),
    pendingAnswers: jsonb('pending_answers').$type<Record<string, string | string[] | number | null>>(),
  },
  (t) => [
    uniqueIndex('responses_edition_library_unique').on(t.editionId, t.libraryId),
    index('responses_edition_status_idx').on(t.editionId, t.status),
    // A constraint rather than SQLite's unique index: drizzle-kit creates indexes after the
    // foreign keys, and answers' foreign key needs this key to exist when it is added.
    unique('responses_id_edition_status_unique').on(t.id, t.editionId, t.status),
  ],
);

export const answers = pgTable(
  'answers',
  {
    id: id(),
    responseId: integer('response_id').notNull(),
    editionId: integer('edition_id').notNull(),
    responseStatus: text('response_status', { enum: ['draft', 'submitted'] }).notNull(),
    questionCode: text('question_code').notNull(),
    optionCode: text('option_code'),
    // SQLite's real is an 8-byte float.
    numberValue: doublePrecision('number_value'),
    textValue: text('text_value'),
    position: integer('position').notNull(),
  },
  (t) => [
    foreignKey({
      name: 'answers_response_fk',
      columns: [t.responseId, t.editionId, t.responseStatus],
      foreignColumns: [responses.id, responses.editionId, responses.status],
    })
      .onDelete('cascade')
      .onUpdate('cascade'),
    index('answers_response_idx').on(t.responseId),
    index('answers_edition_counts_idx').on(
      t.editionId,
      t.responseStatus,
      t.questionCode,
      t.optionCode,
      t.numberValue,
      t.position,
      t.responseId,
    ),
  ],
);
