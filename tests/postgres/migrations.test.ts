import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { is, sql } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as sqlite from '@/db/schema';
import { auditLog } from '@/db/schema-pg';
import { postgresMigrationsFolder, runPostgresMigrations } from '@/db/migrate';
import { createTestPostgres, type TestPostgres } from '../support/postgres';

let database: TestPostgres;

beforeAll(async () => {
  database = await createTestPostgres({ migrate: false });
});
afterAll(async () => {
  await database?.drop();
});

const journal = JSON.parse(fs.readFileSync(path.join(postgresMigrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: unknown[] };
const sqliteTables = Object.values(sqlite)
  .filter((value) => is(value, SQLiteTable))
  .map((table) => getTableConfig(table as SQLiteTable));

describe('the PostgreSQL migrations', () => {
  it('apply to an empty database, each once, and a second run changes nothing', async () => {
    await runPostgresMigrations(database.db);
    const applied = await database.db.execute<{ count: string }>(sql`SELECT count(*) AS count FROM drizzle.__drizzle_migrations`);
    expect(Number(applied.rows[0].count)).toBe(journal.entries.length);

    await runPostgresMigrations(database.db);
    const again = await database.db.execute<{ count: string }>(sql`SELECT count(*) AS count FROM drizzle.__drizzle_migrations`);
    expect(Number(again.rows[0].count)).toBe(journal.entries.length);
  });

  it('create every table of the SQLite schema with its columns, nullability and indexes', async () => {
    const columns = await database.db.execute<{ table_name: string; column_name: string; is_nullable: string }>(
      sql`SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    const indexes = await database.db.execute<{ tablename: string; indexname: string }>(
      sql`SELECT tablename, indexname FROM pg_indexes WHERE schemaname = 'public'`,
    );
    const found = (table: string) => ({
      columns: columns.rows
        .filter((c) => c.table_name === table)
        .map((c) => ({ name: c.column_name, notNull: c.is_nullable === 'NO' }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      indexes: indexes.rows
        .filter((i) => i.tablename === table && !i.indexname.endsWith('_pkey'))
        .map((i) => i.indexname)
        .sort(),
    });
    const expected = (table: (typeof sqliteTables)[number]) => ({
      columns: table.columns.map((c) => ({ name: c.name, notNull: c.notNull })).sort((a, b) => a.name.localeCompare(b.name)),
      indexes: [
        ...table.indexes.map((i) => i.config.name),
        ...table.uniqueConstraints.map((u) => u.name),
        ...table.columns.filter((c) => c.isUnique).map((c) => c.uniqueName),
      ].sort(),
    });

    const tables = new Set(columns.rows.map((c) => c.table_name));
    expect([...tables].sort()).toEqual(sqliteTables.map((t) => t.name).sort());
    for (const table of sqliteTables)
      expect({ table: table.name, ...found(table.name) }).toEqual({ table: table.name, ...expected(table) });
  });

  it('keep the audit log append-only: UPDATE, DELETE and TRUNCATE are refused', async () => {
    const [entry] = await database.db
      .insert(auditLog)
      .values({ actorLabel: 'cli', action: 'edition.opened', target: 'edition:2023-2024' })
      .returning();
    // On the pool itself, so the error is PostgreSQL's own rather than drizzle's wrapper.
    const pool = database.db.$client;
    await expect(pool.query('UPDATE audit_log SET target = $1 WHERE id = $2', ['edition:other', entry.id])).rejects.toThrow(
      'audit_log is append-only',
    );
    await expect(pool.query('DELETE FROM audit_log WHERE id = $1', [entry.id])).rejects.toThrow('audit_log is append-only');
    await expect(pool.query('TRUNCATE audit_log')).rejects.toThrow('audit_log is append-only');
    expect(await database.db.select().from(auditLog)).toEqual([entry]);
  });
});
