import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq, getTableName, is, sql } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { PgTable } from 'drizzle-orm/pg-core';
import { openDatabase, type Db } from '@/db/client';
import { copyDatabase, type CopyProgress } from '@/db/copy';
import { runMigrations } from '@/db/migrate';
import * as sqlite from '@/db/schema-sqlite';
import * as pg from '@/db/schema-pg';
import { seedDemo, seedEditions } from '@/cli/seed/seed';
import { seedDemoStaff } from '@/cli/seed/demo/staff';
import { createTestPostgres, type TestPostgres } from '../support/postgres';

/*
 * An SQLite installation with the demo's data and a row in every table (mail, keys, limits,
 * plans and the audit log included) is copied into PostgreSQL, and every table is read back
 * through each dialect's schema: the same rows, column for column, as JS values.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enquete-copy-'));
const file = path.join(dir, 'app.db');
let source: Db;
let target: TestPostgres;

const at = (iso: string) => new Date(iso);

/** The rows the demo leaves out: every table gets some, with dates, booleans, JSON and nulls. */
async function addTheRest(db: Db) {
  const [first, second] = await db.select().from(sqlite.editions).orderBy(asc(sqlite.editions.id));
  const [library] = await db.select().from(sqlite.libraries).limit(1);
  const [user] = await db.select().from(sqlite.users).limit(1);
  // A third edition after the second, which the first then names as its previous one: a
  // reference to a row of a later batch (the copy must set it once that row exists).
  const [third] = await db
    .insert(sqlite.editions)
    .values({ code: '2024-2025', title: 'Derde', status: 'draft', previousEditionId: second.id, definition: second.definition })
    .returning();
  await db.update(sqlite.editions).set({ previousEditionId: third.id }).where(eq(sqlite.editions.id, first.id));
  const [key] = await db
    .insert(sqlite.apiKeys)
    .values([
      { name: 'rapportage', keyHash: 'h1', prefix: 'enq_1', createdByUserId: user.id, lastUsedAt: at('2024-05-01T10:00:00.123Z') },
      { name: 'oud', keyHash: 'h2', prefix: 'enq_2', revokedAt: at('2024-01-01T00:00:00.000Z') },
    ])
    .returning();
  await db.insert(sqlite.rateLimits).values([
    { key: 'signin:203.0.113.7', count: 5, windowStart: Date.UTC(2024, 4, 1, 9), lockedUntil: Date.UTC(2024, 4, 1, 9, 15) },
    { key: 'token:198.51.100.2', count: 1, windowStart: Date.UTC(2024, 4, 1, 10) },
  ]);
  const [invitation, reminder] = await db
    .insert(sqlite.mailings)
    .values([
      {
        editionId: second.id,
        kind: 'invitation',
        createdBy: 'cli',
        state: 'done',
        recipients: 2,
        finishedAt: at('2024-05-02T08:00:00.500Z'),
      },
      {
        editionId: second.id,
        kind: 'reminder',
        audience: 'started',
        minDays: 7,
        maxReminders: 2,
        includeNotMailed: true,
        createdBy: 'a@b.nl',
        recipients: 1,
      },
    ])
    .returning();
  const moment = at('2024-05-02T07:59:59.999Z');
  await db.insert(sqlite.outbox).values([
    {
      mailingId: invitation.id,
      editionId: second.id,
      libraryId: library.id,
      kind: 'invitation',
      wave: 0,
      status: 'sent',
      email: library.email,
      attempts: 1,
      nextAttemptAt: moment,
      sentAt: moment,
      messageId: '<1@enquete>',
    },
    {
      mailingId: invitation.id,
      editionId: second.id,
      libraryId: library.id + 1,
      kind: 'invitation',
      wave: 0,
      status: 'failed',
      attempts: 5,
      nextAttemptAt: moment,
      lastError: '550 mailbox unavailable',
    },
    {
      mailingId: reminder.id,
      editionId: second.id,
      libraryId: library.id,
      kind: 'reminder',
      wave: 1,
      status: 'sending',
      claimedBy: 'host:123',
      nextAttemptAt: moment,
    },
    { editionId: second.id, libraryId: library.id, kind: 'receipt', wave: Date.UTC(2024, 4, 2, 7, 59, 59, 999), nextAttemptAt: moment },
  ]);
  await db.insert(sqlite.mailTemplates).values({
    editionId: second.id,
    name: 'reminder',
    subject: 'Herinnering {editie}',
    body: 'Beste {bibliotheek},\n\n€ ✓',
    updatedAt: moment,
  });
  await db.insert(sqlite.plannedMailings).values([
    { editionId: second.id, audience: 'not_started', minDays: 3, plannedFor: at('2024-06-01T06:00:00.000Z'), createdBy: 'cli' },
    {
      editionId: second.id,
      includeNotMailed: true,
      plannedFor: moment,
      createdBy: 'cli',
      state: 'started',
      mailingId: reminder.id,
      settledAt: moment,
    },
  ]);
  await db.insert(sqlite.auditLog).values([
    {
      actorUserId: user.id,
      actorLabel: user.email,
      action: 'mailing.started',
      target: `mailing:${reminder.id}`,
      details: { rule: { kind: 'reminder', minDays: 7 }, libraries: [1, 2], note: 'één "quote"' },
    },
    { actorApiKeyId: key.id, actorLabel: 'api-key:rapportage', action: 'export.downloaded', at: at('2024-05-03T12:00:00.001Z') },
  ]);
}

beforeAll(async () => {
  source = openDatabase(file);
  runMigrations(source);
  seedEditions(source);
  seedDemo(source);
  await seedDemoStaff(source);
  await addTheRest(source);
  target = await createTestPostgres({ migrate: false });
}, 60_000);
afterAll(async () => {
  source?.$client.close();
  await target?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const sqliteTables = (Object.values(sqlite) as unknown[]).filter((value): value is SQLiteTable => is(value, SQLiteTable));
const pgTables = new Map(
  (Object.values(pg) as unknown[]).filter((value): value is PgTable => is(value, PgTable)).map((table) => [getTableName(table), table]),
);

/** Every table's rows in key order, read through each schema. */
async function bothSides(table: SQLiteTable) {
  const name = getTableName(table);
  const key = getTableConfig(table).columns.find((column) => column.primary)!;
  const pgTable = pgTables.get(name)!;
  const pgKey = (pgTable as unknown as Record<string, unknown>)[Object.entries(table).find(([, value]) => value === key)![0]];
  return {
    name,
    fromSqlite: await source.select().from(table).orderBy(asc(key)),
    fromPostgres: await target.db
      .select()
      .from(pgTable)
      .orderBy(asc(pgKey as never)),
  };
}

describe('copy-database from SQLite to PostgreSQL', () => {
  const progress: CopyProgress[] = [];
  let copied: Awaited<ReturnType<typeof copyDatabase>>;

  beforeAll(async () => {
    // Small batches, so tables span many of them and a reference crosses one.
    copied = await copyDatabase({ from: file, to: target.url, batchRows: 2, onProgress: (p) => progress.push(p) });
  }, 60_000);

  it('copies every table, each row column for column as the same JS values', async () => {
    expect(copied.ok).toBe(true);
    expect(sqliteTables.map(getTableName).sort()).toEqual([...pgTables.keys()].sort());
    for (const table of sqliteTables) {
      const { name, fromSqlite, fromPostgres } = await bothSides(table);
      expect(fromSqlite.length, `${name} has rows to copy`).toBeGreaterThan(0);
      expect(fromPostgres, name).toStrictEqual(fromSqlite);
      expect(copied.ok && copied.tables.find((t) => t.table === name)?.rows).toBe(fromSqlite.length);
      expect(progress.filter((p) => p.table === name).at(-1)).toEqual({ table: name, copied: fromSqlite.length, total: fromSqlite.length });
    }
  });

  it('keeps dates, booleans, JSON and the reference to a later row', async () => {
    const [log] = await target.db.select().from(pg.auditLog).where(eq(pg.auditLog.action, 'mailing.started'));
    expect(log.details).toEqual({ rule: { kind: 'reminder', minDays: 7 }, libraries: [1, 2], note: 'één "quote"' });
    const [plan] = await target.db.select().from(pg.plannedMailings).where(eq(pg.plannedMailings.state, 'started'));
    expect(plan.includeNotMailed).toBe(true);
    expect(plan.settledAt).toEqual(at('2024-05-02T07:59:59.999Z'));
    const editions = await target.db.select().from(pg.editions).orderBy(asc(pg.editions.id));
    expect(editions[0].previousEditionId).toBe(editions[2].id);
  });

  it('continues every identity after the copied ids', async () => {
    const [last] = await source
      .select({ id: sqlite.libraries.id })
      .from(sqlite.libraries)
      .orderBy(sql`id desc`)
      .limit(1);
    const [added] = await target.db.insert(pg.libraries).values({ name: 'Nieuw', province: 'Utrecht', email: 'n@b.nl' }).returning();
    expect(added.id).toBe(last.id + 1);
    const [entry] = await target.db.insert(pg.auditLog).values({ actorLabel: 'cli', action: 'edition.opened' }).returning();
    const [lastEntry] = await source
      .select({ id: sqlite.auditLog.id })
      .from(sqlite.auditLog)
      .orderBy(sql`id desc`)
      .limit(1);
    expect(entry.id).toBe(lastEntry.id + 1);
  });

  it('leaves the audit log append-only', async () => {
    await expect(target.db.update(pg.auditLog).set({ target: 'x' }).where(eq(pg.auditLog.action, 'mailing.started'))).rejects.toThrow();
  });

  it('refuses a target that holds data, and changes nothing in it', async () => {
    const before = await target.db.execute<{ n: string }>(sql`select count(*) as n from libraries`);
    const again = await copyDatabase({ from: file, to: target.url });
    expect(again).toMatchObject({ ok: false, reason: 'target-not-empty' });
    expect(again.ok === false && again.reason === 'target-not-empty' && again.tables.map((t) => t.table)).toContain('audit_log');
    const after = await target.db.execute<{ n: string }>(sql`select count(*) as n from libraries`);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('refuses a source that is missing or not migrated', async () => {
    expect(await copyDatabase({ from: path.join(dir, 'none.db'), to: target.url })).toEqual({ ok: false, reason: 'source-missing' });
    const bare = path.join(dir, 'bare.db');
    openDatabase(bare).$client.close();
    expect(await copyDatabase({ from: bare, to: target.url })).toMatchObject({ ok: false, reason: 'source-not-migrated', applied: 0 });
  });
});
