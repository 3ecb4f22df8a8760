import { and, asc, eq, getTableColumns, isNull, or, sql, type SQL } from 'drizzle-orm';
import type Database from 'better-sqlite3';
import type { Db } from '@/db/client';
import { rawSelect } from '@/db/raw-select';
import { editions, invitations, mailings, mailTemplates, outbox } from '@/db/schema';
import type { MailTemplate } from './templates';

const p = sql.placeholder;

/** Rows the loop may take: those of a running mailing, and receipts (which belong to none). */
export const sendable = or(isNull(outbox.mailingId), eq(mailings.state, 'running'));

/**
 * `status = 'queued'` as a literal, not a bound value (Drizzle binds every
 * `eq`): SQLite uses the partial index `outbox_queued_due_idx` only for a
 * query whose WHERE holds its condition as written.
 */
export const isQueued = sql`${outbox.status} = 'queued'`;

/**
 * The sender's per-message queries (claim, record) and the receipt's insert
 * as Drizzle prepared queries on the SQLite connection. Building each query's
 * SQL and preparing it in SQLite cost more than the work itself, about 1.5 ms
 * a message (docs/benchmarks.md, "Mailing"); prepared once per connection, a
 * message only binds values. Moments are bound as epoch milliseconds, the
 * columns' storage. The async functions below are the interface: a
 * PostgreSQL version answers the same calls with its own queries. The writing
 * ones run inside the caller's `transaction()`, on its connection.
 */
function prepareStatements(db: Db) {
  const claimFields = {
    row: getTableColumns(outbox),
    mailing: {
      kind: mailings.kind,
      audience: mailings.audience,
      minDays: mailings.minDays,
      maxReminders: mailings.maxReminders,
      includeNotMailed: mailings.includeNotMailed,
    },
    // What the claim asks of the edition, without its definition (a large JSON text parsed per row otherwise).
    edition: { id: editions.id, title: editions.title, status: editions.status, opensAt: editions.opensAt, closesAt: editions.closesAt },
  };
  const nextDue = (scope?: SQL) => {
    const query = db
      .select(claimFields)
      .from(outbox)
      .leftJoin(mailings, eq(mailings.id, outbox.mailingId))
      .innerJoin(editions, eq(editions.id, outbox.editionId))
      .where(and(isQueued, sql`${outbox.nextAttemptAt} <= ${p('nowMs')}`, sendable, scope))
      // No LIMIT: `.get()` steps to the first row only, and the index gives the order. With a
      // bound LIMIT (Drizzle binds every limit) each run cost SQLite 3.53 about a fresh prepare,
      // five times the query itself (docs/benchmarks.md, "Mailing").
      .orderBy(asc(outbox.nextAttemptAt), asc(outbox.id));
    // Mapped by `rawSelect`: Drizzle's row mapping of these 24 columns cost more than running the query.
    return rawSelect(db.$client, query, claimFields, ['mailing']);
  };
  const invitationOf = and(eq(invitations.editionId, p('editionId')), eq(invitations.libraryId, p('libraryId')));

  return {
    nextDue: nextDue(),
    // The mailings as one JSON array: one statement for any number of them.
    // The unary + keeps SQLite on the queue's index (in due order, skipping other mailings' rows)
    // rather than the mailing's, which would sort all its queued rows for every claim.
    // dialect: json_each over a JSON array parameter, and SQLite's unary + to steer the index.
    nextDueOf: nextDue(sql`+${outbox.mailingId} in (select value from json_each(${p('mailingIdsJson')}))`),

    invitation: db
      .select({
        editionId: invitations.editionId,
        libraryId: invitations.libraryId,
        tokenHash: invitations.tokenHash,
        tokenEncrypted: invitations.tokenEncrypted,
      })
      .from(invitations)
      .where(eq(invitations.id, p('id')))
      .prepare(),

    template: db
      .select({ subject: mailTemplates.subject, body: mailTemplates.body })
      .from(mailTemplates)
      .where(and(eq(mailTemplates.editionId, p('editionId')), eq(mailTemplates.name, p('name'))))
      .prepare(),

    claim: db
      .update(outbox)
      .set({ status: 'sending', attempts: sql`${p('attempts')}`, email: sql`${p('email')}`, claimedBy: sql`${p('claimedBy')}` })
      .where(and(eq(outbox.id, p('id')), isQueued))
      .returning({ id: outbox.id })
      .prepare(),

    skip: db
      .update(outbox)
      .set({ status: 'skipped', lastError: sql`${p('reason')}` })
      .where(eq(outbox.id, p('id')))
      .prepare(),

    markSent: db
      .update(outbox)
      .set({ status: 'sent', sentAt: sql`${p('nowMs')}`, messageId: sql`${p('messageId')}`, lastError: null })
      .where(eq(outbox.id, p('id')))
      .prepare(),

    markFailed: db
      .update(outbox)
      .set({ status: 'failed', lastError: sql`${p('reply')}` })
      .where(eq(outbox.id, p('id')))
      .prepare(),

    markRetry: db
      .update(outbox)
      .set({ status: 'queued', claimedBy: null, lastError: sql`${p('reply')}`, nextAttemptAt: sql`${p('nextAttemptAtMs')}` })
      .where(eq(outbox.id, p('id')))
      .prepare(),

    invitationSent: db
      .update(invitations)
      .set({ sentAt: sql`${p('nowMs')}` })
      .where(invitationOf)
      .prepare(),

    reminderSent: db
      .update(invitations)
      .set({ reminderCount: sql`${invitations.reminderCount} + 1`, lastRemindedAt: sql`${p('nowMs')}` })
      .where(invitationOf)
      .prepare(),

    receipt: db
      .insert(outbox)
      .values({
        mailingId: null,
        editionId: p('editionId'),
        libraryId: p('libraryId'),
        kind: 'receipt',
        wave: p('wave'),
        nextAttemptAt: sql`${p('nextAttemptAtMs')}`,
      })
      .onConflictDoNothing()
      .prepare(),
  };
}

type Statements = ReturnType<typeof prepareStatements>;

// Keyed by the SQLite connection: prepared statements belong to it, and a
// transaction on that connection runs them inside the transaction.
const byConnection = new WeakMap<Database.Database, Statements>();

function statementsOf(db: Db): Statements {
  let statements = byConnection.get(db.$client);
  if (!statements) {
    statements = prepareStatements(db);
    byConnection.set(db.$client, statements);
  }
  return statements;
}

export type DueRow = NonNullable<ReturnType<Statements['nextDue']['get']>>;

/** The first due row the sender may take (of the given mailings, or of all and the receipts), in due order. */
export async function nextDueRow(db: Db, { nowMs, mailingIds }: { nowMs: number; mailingIds?: number[] }): Promise<DueRow | undefined> {
  const statements = statementsOf(db);
  return mailingIds === undefined
    ? statements.nextDue.get({ nowMs })
    : statements.nextDueOf.get({ nowMs, mailingIdsJson: JSON.stringify(mailingIds) });
}

export async function invitationSecret(db: Db, id: number) {
  return statementsOf(db).invitation.get({ id });
}

export async function storedTemplate(db: Db, editionId: number, name: string): Promise<MailTemplate | undefined> {
  return statementsOf(db).template.get({ editionId, name });
}

/** queued → sending; false when the row was not queued (any more). */
export async function claimRow(db: Db, values: { id: number; attempts: number; email: string; claimedBy: string }): Promise<boolean> {
  return statementsOf(db).claim.get(values) !== undefined;
}

export async function skipRow(db: Db, values: { id: number; reason: string }): Promise<void> {
  statementsOf(db).skip.run(values);
}

export async function markRowSent(db: Db, values: { id: number; nowMs: number; messageId: string }): Promise<void> {
  statementsOf(db).markSent.run(values);
}

export async function markRowFailed(db: Db, values: { id: number; reply: string }): Promise<void> {
  statementsOf(db).markFailed.run(values);
}

export async function markRowRetry(db: Db, values: { id: number; reply: string; nextAttemptAtMs: number }): Promise<void> {
  statementsOf(db).markRetry.run(values);
}

/** The library's invitation (or reminder) for the edition went out at `nowMs`. */
export async function markLibraryMailed(
  db: Db,
  kind: 'invitation' | 'reminder',
  values: { editionId: number; libraryId: number; nowMs: number },
): Promise<void> {
  const statements = statementsOf(db);
  (kind === 'invitation' ? statements.invitationSent : statements.reminderSent).run(values);
}

/**
 * Every submission queues one, inside its transaction: built and prepared
 * once per connection, not per call (which cost a tenth of a submission's
 * CPU time: docs/benchmarks.md, "Submissions"). Not `async`: on SQLite the
 * insert runs (and a failure throws) at the call, so a caller whose
 * transaction is still synchronous (lib/responses/save.ts) stores it inside it.
 */
export function insertReceipt(
  db: Db,
  values: { editionId: number; libraryId: number; wave: number; nextAttemptAtMs: number },
): Promise<void> {
  statementsOf(db).receipt.run(values);
  return Promise.resolve();
}
