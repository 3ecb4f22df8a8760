import { sql } from 'drizzle-orm';
import { sqliteTable, integer, text, real, index, uniqueIndex, foreignKey, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';

const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

/**
 * One questionnaire per school year. The validated questionnaire definition is
 * stored whole as JSON: it is the single source the form, both validations,
 * results and exports derive from, and next year's edition starts as a copy.
 */
export const editions = sqliteTable('editions', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  code: text('code').notNull().unique(),
  title: text('title').notNull(),
  status: text('status', { enum: ['draft', 'open', 'closed'] })
    .notNull()
    .default('draft'),
  opensAt: integer('opens_at', { mode: 'timestamp_ms' }),
  closesAt: integer('closes_at', { mode: 'timestamp_ms' }),
  previousEditionId: integer('previous_edition_id').references((): AnySQLiteColumn => editions.id),
  definition: text('definition', { mode: 'json' }).notNull(),
  createdAt: createdAt(),
});

/** Grouping of libraries by size; Dutch labels in messages/nl/libraries.json. */
export const librarySizeClasses = ['small', 'medium', 'large'] as const;

/**
 * The register of libraries. A library is never deleted (its answers stay in
 * earlier editions' results); a deactivated one is no longer invited.
 * `size_class` is a grouping attribute results may be filtered by
 * (`librarySizeClasses`); null when not known.
 */
export const libraries = sqliteTable(
  'libraries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    province: text('province').notNull(),
    email: text('email').notNull(),
    sizeClass: text('size_class', { enum: librarySizeClasses }),
    deactivatedAt: integer('deactivated_at', { mode: 'timestamp_ms' }),
    // Set by a coordinator when mail to the address bounces; no mail goes there until the address changes.
    emailBouncingAt: integer('email_bouncing_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
  },
  (t) => [uniqueIndex('libraries_name_unique').on(t.name), index('libraries_province_idx').on(t.province)],
);

/**
 * A library's personal link for one edition. Links are looked up by the
 * token's SHA-256. So that staff can give a library its link again, the token
 * is also kept encrypted (AES-256-GCM) under a key that lives outside the
 * database (lib/invitations/link-key.ts): a copy of the database alone yields
 * no working link. Invitations made before that have no ciphertext; their
 * links work but cannot be shown again, only replaced.
 */
export const invitations = sqliteTable(
  'invitations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    editionId: integer('edition_id')
      .notNull()
      .references(() => editions.id, { onDelete: 'cascade' }),
    libraryId: integer('library_id')
      .notNull()
      .references(() => libraries.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    tokenEncrypted: text('token_encrypted'),
    createdAt: createdAt(),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
    lastRemindedAt: integer('last_reminded_at', { mode: 'timestamp_ms' }),
    reminderCount: integer('reminder_count').notNull().default(0),
    firstOpenedAt: integer('first_opened_at', { mode: 'timestamp_ms' }),
  },
  (t) => [uniqueIndex('invitations_edition_library_unique').on(t.editionId, t.libraryId)],
);

/**
 * At most one response per library and edition. `version` increases with every
 * save so that two people on one link cannot silently overwrite each other.
 * A library without a row has not started.
 *
 * Once submitted, a response stays submitted: its answer rows are the version
 * the library sent, which the results count. Changes saved after that wait in
 * `pending_answers` (the answers object as the API takes it, already
 * validated as a draft) until the library sends them, which replaces the rows
 * and clears the column. A draft never has pending answers: its rows are its
 * working copy, and the results skip it by status.
 */
export const responses = sqliteTable(
  'responses',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
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
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }),
    pendingAnswers: text('pending_answers', { mode: 'json' }).$type<Record<string, string | string[] | number | null>>(),
  },
  (t) => [
    uniqueIndex('responses_edition_library_unique').on(t.editionId, t.libraryId),
    index('responses_edition_status_idx').on(t.editionId, t.status),
    // The parent key of answers' foreign key (id alone is unique already).
    uniqueIndex('responses_id_edition_status_unique').on(t.id, t.editionId, t.status),
  ],
);

/**
 * Answers in long form: one row per chosen option (so counting is a GROUP BY),
 * or one row with a number or text value. Codes are the definition's stable
 * codes, which is what lets editions be compared.
 *
 * Each row carries its response's edition and status, so results count an
 * edition's submitted answers from one index without looking up a response
 * per answer. SQLite keeps the copies true: the foreign key is on all three
 * columns, so a row that disagrees with its response cannot be written, and
 * a change of the response's status (or edition) cascades to its answers.
 */
export const answers = sqliteTable(
  'answers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    responseId: integer('response_id').notNull(),
    editionId: integer('edition_id').notNull(),
    responseStatus: text('response_status', { enum: ['draft', 'submitted'] }).notNull(),
    questionCode: text('question_code').notNull(),
    optionCode: text('option_code'),
    numberValue: real('number_value'),
    textValue: text('text_value'),
    // 1 for the first row of the question in the response (lib/responses/answer-rows.ts).
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
    // Results read one edition's submitted answers in (question, option,
    // value) order, so the GROUP BY streams without a sort; `position` gives
    // the respondents in the same pass and `response_id` serves a library
    // filter's membership test. The index covers all of it: counting never
    // touches the table or responses.
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
