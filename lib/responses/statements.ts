import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import type Database from 'better-sqlite3';
import type { Db } from '@/db/client';
import { answers, editions, invitations, libraries, responses } from '@/db/schema';

const p = sql.placeholder;

/**
 * The respondent hot path (look up a link, read and replace a response) as
 * Drizzle prepared queries. Building the SQL and preparing it in SQLite took
 * more time per save than the writes themselves; prepared once per
 * connection, a request only binds its values.
 */
function prepareStatements(db: Db) {
  return {
    invitationByTokenHash: db
      .select({
        invitationId: invitations.id,
        // The definition as stored text: toEdition parses a given text only once.
        edition: { ...getTableColumns(editions), definition: sql<string>`${editions.definition}` },
        library: { id: libraries.id, name: libraries.name, province: libraries.province },
      })
      .from(invitations)
      .innerJoin(editions, eq(editions.id, invitations.editionId))
      .innerJoin(libraries, eq(libraries.id, invitations.libraryId))
      .where(eq(invitations.tokenHash, p('tokenHash')))
      .prepare(),

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

    insertResponse: db
      .insert(responses)
      .values({
        editionId: p('editionId'),
        libraryId: p('libraryId'),
        status: p('status'),
        version: 1,
        // Timestamps bound as epoch milliseconds (the columns' storage): a
        // placeholder on the column itself would run its Date encoder on null.
        updatedAt: sql`${p('nowMs')}`,
        submittedAt: sql`${p('submittedAtMs')}`,
      })
      .returning({ id: responses.id })
      .prepare(),

    // A save that replaces the answer rows: no changes are left pending after it.
    updateResponse: db
      .update(responses)
      .set({
        status: sql`${p('status')}`,
        version: sql`${responses.version} + 1`,
        updatedAt: sql`${p('nowMs')}`,
        submittedAt: sql`${p('submittedAtMs')}`,
        pendingAnswers: null,
      })
      .where(eq(responses.id, p('id')))
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

    deleteAnswers: db.delete(answers).where(eq(answers.responseId, p('responseId'))).prepare(),

    insertAnswer: db
      .insert(answers)
      .values({
        responseId: p('responseId'),
        editionId: p('editionId'),
        responseStatus: p('responseStatus'),
        questionCode: p('questionCode'),
        optionCode: p('optionCode'),
        numberValue: p('numberValue'),
        textValue: p('textValue'),
        position: p('position'),
      })
      .prepare(),

    markInvitationOpened: db
      .update(invitations)
      .set({ firstOpenedAt: sql`coalesce(${invitations.firstOpenedAt}, ${p('nowMs')})` })
      .where(eq(invitations.id, p('invitationId')))
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
