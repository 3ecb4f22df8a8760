import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc } from 'drizzle-orm';
import * as sqlite from '@/db/schema-sqlite';
import * as pg from '@/db/schema-pg';
import type { Db } from '@/db/client';
import { openTestDb } from '../support/db';
import { createTestPostgres, type TestPostgres } from '../support/postgres';

/*
 * The same rows written through each dialect's schema come back as the same JS values:
 * Dates to the millisecond, booleans, JSON objects, floats, nulls, and epoch-millisecond
 * integers beyond 32 bits.
 */
let postgres: TestPostgres;
let file: Db;

beforeAll(async () => {
  postgres = await createTestPostgres();
  file = await openTestDb();
});
afterAll(async () => {
  file.$client.close();
  await postgres?.drop();
});

const moment = new Date('2024-03-05T09:07:01.234Z');
const receiptWave = Date.UTC(2024, 2, 5, 9, 7, 1, 234);
const edition = {
  code: '2023-2024',
  title: 'Bibliotheekmonitor 2023-2024',
  status: 'open' as const,
  opensAt: moment,
  closesAt: null,
  definition: { version: 1, sections: [{ code: 'collectie', questions: [{ code: 'q1', type: 'number' }] }] },
  createdAt: moment,
};
const library = {
  name: 'Bibliotheek Zuid-Kennemerland',
  province: 'Noord-Holland',
  email: 'info@bibliotheek.example',
  sizeClass: 'large' as const,
  deactivatedAt: null,
  emailBouncingAt: new Date('2024-01-31T23:59:59.999Z'),
  createdAt: moment,
};
const pendingAnswers = { q1: 12.5, q2: ['a', 'b'], q3: 'één € ✓', q4: null };
const answerRows = (responseId: number, editionId: number) => [
  { responseId, editionId, responseStatus: 'submitted' as const, questionCode: 'q1', numberValue: 12.5, position: 1 },
  { responseId, editionId, responseStatus: 'submitted' as const, questionCode: 'q2', optionCode: 'a', position: 1 },
  { responseId, editionId, responseStatus: 'submitted' as const, questionCode: 'q2', optionCode: 'b', position: 2 },
  { responseId, editionId, responseStatus: 'submitted' as const, questionCode: 'q3', textValue: 'één € ✓', position: 1 },
];

async function onSqlite() {
  const [e] = await file.insert(sqlite.editions).values(edition).returning();
  const [l] = await file.insert(sqlite.libraries).values(library).returning();
  const [r] = await file
    .insert(sqlite.responses)
    .values({
      editionId: e.id,
      libraryId: l.id,
      status: 'submitted',
      version: 3,
      createdAt: moment,
      updatedAt: moment,
      submittedAt: moment,
      pendingAnswers,
    })
    .returning();
  await file.insert(sqlite.answers).values(answerRows(r.id, e.id));
  const [m] = await file
    .insert(sqlite.mailings)
    .values({ editionId: e.id, kind: 'reminder', includeNotMailed: true, createdBy: 'cli', createdAt: moment, recipients: 1 })
    .returning();
  await file.insert(sqlite.outbox).values({ editionId: e.id, libraryId: l.id, kind: 'receipt', wave: receiptWave, nextAttemptAt: moment });
  return {
    editions: await file.select().from(sqlite.editions),
    libraries: await file.select().from(sqlite.libraries),
    responses: await file.select().from(sqlite.responses),
    answers: await file.select().from(sqlite.answers).orderBy(asc(sqlite.answers.id)),
    mailings: [m],
    outbox: await file.select().from(sqlite.outbox),
  };
}

async function onPostgres() {
  const db = postgres.db;
  const [e] = await db.insert(pg.editions).values(edition).returning();
  const [l] = await db.insert(pg.libraries).values(library).returning();
  const [r] = await db
    .insert(pg.responses)
    .values({
      editionId: e.id,
      libraryId: l.id,
      status: 'submitted',
      version: 3,
      createdAt: moment,
      updatedAt: moment,
      submittedAt: moment,
      pendingAnswers,
    })
    .returning();
  await db.insert(pg.answers).values(answerRows(r.id, e.id));
  const [m] = await db
    .insert(pg.mailings)
    .values({ editionId: e.id, kind: 'reminder', includeNotMailed: true, createdBy: 'cli', createdAt: moment, recipients: 1 })
    .returning();
  await db.insert(pg.outbox).values({ editionId: e.id, libraryId: l.id, kind: 'receipt', wave: receiptWave, nextAttemptAt: moment });
  return {
    editions: await db.select().from(pg.editions),
    libraries: await db.select().from(pg.libraries),
    responses: await db.select().from(pg.responses),
    answers: await db.select().from(pg.answers).orderBy(asc(pg.answers.id)),
    mailings: [m],
    outbox: await db.select().from(pg.outbox),
  };
}

describe('a library, an edition and a response with answers', () => {
  it('read back from PostgreSQL as the same JS values as from SQLite', async () => {
    const fromSqlite = await onSqlite();
    const fromPostgres = await onPostgres();
    expect(fromPostgres).toEqual(fromSqlite);
    // Not vacuous: the values are the ones written, with their JS types.
    expect(fromPostgres.responses[0].pendingAnswers).toEqual(pendingAnswers);
    expect(fromPostgres.libraries[0].emailBouncingAt).toEqual(library.emailBouncingAt);
    expect(fromPostgres.outbox[0].wave).toBe(receiptWave);
    expect(fromPostgres.mailings[0].includeNotMailed).toBe(true);
    expect(fromPostgres.answers.map((a) => a.numberValue ?? a.optionCode ?? a.textValue)).toEqual([12.5, 'a', 'b', 'één € ✓']);
  });

  it('take their default moments from the database clock on both', async () => {
    const before = Date.now() - 1000;
    const [fromPostgres] = await postgres.db.insert(pg.auditLog).values({ actorLabel: 'cli', action: 'edition.opened' }).returning();
    const [fromSqlite] = await file.insert(sqlite.auditLog).values({ actorLabel: 'cli', action: 'edition.opened' }).returning();
    for (const entry of [fromPostgres, fromSqlite]) {
      expect(entry.at).toBeInstanceOf(Date);
      expect(entry.at.getTime()).toBeGreaterThanOrEqual(before);
      expect(entry.at.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    }
    expect({ ...fromPostgres, at: undefined }).toEqual({ ...fromSqlite, at: undefined });
  });
});
