import { and, eq, sql } from 'drizzle-orm';
import type Database from 'better-sqlite3';
import type { Db } from '@/db/client';
import { answers, responses } from '@/db/schema';
import type { StoredEditionRow } from '@/lib/editions/queries';

const p = sql.placeholder;

/** A link's invitation, edition and library, as the token lookup reads them. */
type InvitationRow = {
  invitationId: number;
  edition: StoredEditionRow;
  library: { id: number; name: string; province: string };
};

/** What a save needs of the response it replaces. */
export type ExistingResponse = { id: number; status: 'draft' | 'submitted'; version: number; submittedAt: number | null };

/**
 * The respondent's hot path (look up a link, read and replace a response),
 * prepared once per connection: a request only binds its values. The
 * statements a save runs on every request are plain better-sqlite3, bound by
 * position, as the floor of `npm run bench -- submissions` runs them: a
 * submission writes 20-30 answer rows, and Drizzle's placeholder filling and
 * row mapping per statement cost more than SQLite's work for them
 * (docs/benchmarks.md, "Submissions"). Their columns are the schema's
 * (db/schema/survey.ts); save.test.ts reads every one back through Drizzle.
 * The rest stay Drizzle queries.
 */
function prepareStatements(db: Db) {
  const sqlite = db.$client;
  const invitationByTokenHash = sqlite
    .prepare<[tokenHash: string], unknown[]>(
      `select i.id, e.id, e.code, e.title, e.status, e.opens_at, e.closes_at, e.previous_edition_id, e.definition, e.created_at,
              l.id, l.name, l.province
       from invitations i join editions e on e.id = i.edition_id join libraries l on l.id = i.library_id
       where i.token_hash = ?`,
    )
    .raw();
  const existingResponse = sqlite.prepare<[editionId: number, libraryId: number], ExistingResponse>(
    'select id, status, version, submitted_at as submittedAt from responses where edition_id = ? and library_id = ?',
  );
  return {
    invitationByTokenHash(tokenHash: string): InvitationRow | undefined {
      const row = invitationByTokenHash.get(tokenHash) as
        | [
            number,
            number,
            string,
            string,
            StoredEditionRow['status'],
            number | null,
            number | null,
            number | null,
            string,
            number,
            number,
            string,
            string,
          ]
        | undefined;
      if (!row) return undefined;
      const [
        invitationId,
        id,
        code,
        title,
        status,
        opensAt,
        closesAt,
        previousEditionId,
        definition,
        createdAt,
        libraryId,
        name,
        province,
      ] = row;
      return {
        invitationId,
        edition: { id, code, title, status, opensAt, closesAt, previousEditionId, definition, createdAt },
        library: { id: libraryId, name, province },
      };
    },

    existingResponse: (editionId: number, libraryId: number) => existingResponse.get(editionId, libraryId),

    // Timestamps as epoch milliseconds, the columns' storage.
    insertResponse: sqlite.prepare<[editionId: number, libraryId: number, status: string, nowMs: number, submittedAtMs: number | null]>(
      'insert into responses (edition_id, library_id, status, version, updated_at, submitted_at) values (?, ?, ?, 1, ?, ?)',
    ),

    // A save that replaces the answer rows: no changes are left pending after it.
    updateResponse: sqlite.prepare<[status: string, nowMs: number, submittedAtMs: number | null, id: number]>(
      'update responses set status = ?, version = version + 1, updated_at = ?, submitted_at = ?, pending_answers = null where id = ?',
    ),

    deleteAnswers: sqlite.prepare<[responseId: number]>('delete from answers where response_id = ?'),

    insertAnswer: sqlite.prepare<
      [
        responseId: number,
        editionId: number,
        responseStatus: string,
        questionCode: string,
        optionCode: string | null,
        numberValue: number | null,
        textValue: string | null,
        position: number,
      ]
    >(
      `insert into answers (response_id, edition_id, response_status, question_code, option_code, number_value, text_value, position)
       values (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),

    markInvitationOpened: sqlite.prepare<[nowMs: number, invitationId: number]>(
      'update invitations set first_opened_at = coalesce(first_opened_at, ?) where id = ?',
    ),

    response: db
      .select()
      .from(responses)
      .where(and(eq(responses.editionId, p('editionId')), eq(responses.libraryId, p('libraryId'))))
      .prepare(),

    answerRows: db
      .select({
        questionCode: answers.questionCode,
        optionCode: answers.optionCode,
        numberValue: answers.numberValue,
        textValue: answers.textValue,
      })
      .from(answers)
      .where(eq(answers.responseId, p('responseId')))
      .orderBy(answers.id)
      .prepare(),

    // A change to a submitted response: the rows (what counts) stay as sent.
    // The answers are bound as JSON text (null: no changes pending).
    updatePendingAnswers: db
      .update(responses)
      .set({
        version: sql`${responses.version} + 1`,
        updatedAt: sql`${p('nowMs')}`,
        pendingAnswers: sql`${p('pendingAnswersJson')}`,
      })
      .where(eq(responses.id, p('id')))
      .prepare(),
  };
}

export type ResponseStatements = ReturnType<typeof prepareStatements>;

// Keyed by the SQLite connection: prepared statements belong to it, and a
// transaction on that connection runs them inside the transaction.
const byConnection = new WeakMap<Database.Database, ResponseStatements>();

export function responseStatements(db: Db): ResponseStatements {
  let statements = byConnection.get(db.$client);
  if (!statements) {
    statements = prepareStatements(db);
    byConnection.set(db.$client, statements);
  }
  return statements;
}
