import { describe, expect, expectTypeOf, it } from 'vitest';
import { is, SQL, type Column } from 'drizzle-orm';
import { getTableConfig as sqliteConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { getTableConfig as pgConfig, PgTable } from 'drizzle-orm/pg-core';
import * as sqlite from '../schema-sqlite';
import * as pg from '.';

/*
 * Drizzle has no dialect-neutral schema, so db/schema-pg/ is written beside db/schema-sqlite/.
 * This test keeps them one schema: every table, column, key, index and foreign key of
 * either must be in the other with the same names, and every row must give the same JS
 * values (the type-level half below, checked by tsc). A column added to one only fails here.
 */

type Config = ReturnType<typeof sqliteConfig> | ReturnType<typeof pgConfig>;

const names = (columns: Column[]) => columns.map((c) => c.name);

function describeColumn(key: string, column: Column) {
  const raw = column as Column & { autoIncrement?: boolean; generatedIdentity?: unknown };
  const generatedKey = raw.autoIncrement === true || raw.generatedIdentity !== undefined;
  return {
    key,
    name: column.name,
    dataType: column.dataType,
    notNull: column.notNull,
    // An SQLite AUTOINCREMENT key and a PostgreSQL identity both number rows by themselves.
    generatedKey,
    hasDefault: column.hasDefault || generatedKey,
    // A literal default must be the same; an SQL one is the dialect's clock (checked by the round trip).
    default: is(column.default, SQL) ? 'sql' : column.default,
    primary: column.primary,
    isUnique: column.isUnique,
    uniqueName: column.uniqueName,
    enumValues: column.enumValues,
  };
}

function describeTable(config: Config, table: object) {
  const columns = Object.entries(table as Record<string, unknown>)
    .filter(([, value]) => config.columns.includes(value as never))
    .map(([key, value]) => describeColumn(key, value as Column));
  const uniqueKeys = [
    ...config.indexes.filter((i) => i.config.unique && !i.config.where).map((i) => ({ name: i.config.name, columns: i.config.columns })),
    ...config.uniqueConstraints.map((u) => ({ name: u.name, columns: u.columns })),
  ].map((u) => ({ name: u.name, columns: names(u.columns as Column[]) }));
  const indexes = config.indexes
    .filter((i) => !i.config.unique || i.config.where)
    .map((i) => ({
      name: i.config.name,
      unique: i.config.unique,
      partial: Boolean(i.config.where),
      columns: names(i.config.columns as Column[]),
    }));
  const foreignKeys = config.foreignKeys.map((fk) => {
    const ref = fk.reference();
    return {
      name: fk.getName(),
      columns: names(ref.columns),
      to: names(ref.foreignColumns),
      onDelete: fk.onDelete ?? 'no action',
      onUpdate: fk.onUpdate ?? 'no action',
    };
  });
  const byName = <T extends { name?: string }>(list: T[]) => [...list].sort((a, b) => String(a.name).localeCompare(String(b.name)));
  return {
    name: config.name,
    columns: byName(columns),
    primaryKeys: config.primaryKeys.map((p) => names(p.columns)),
    uniqueKeys: byName(uniqueKeys),
    indexes: byName(indexes),
    foreignKeys: byName(foreignKeys),
    checks: config.checks.map((c) => c.name).sort(),
  };
}

const sqliteTables = Object.fromEntries(
  Object.entries(sqlite)
    .filter(([, value]) => is(value, SQLiteTable))
    .map(([key, table]) => [key, describeTable(sqliteConfig(table as SQLiteTable), table as object)]),
);
const pgTables = Object.fromEntries(
  Object.entries(pg)
    .filter(([, value]) => is(value, PgTable))
    .map(([key, table]) => [key, describeTable(pgConfig(table as PgTable), table as object)]),
);

describe('the PostgreSQL schema', () => {
  it('has the tables of the SQLite schema, under the same exports', () => {
    expect(Object.keys(pgTables).sort()).toEqual(Object.keys(sqliteTables).sort());
    expect(Object.keys(sqliteTables).length).toBeGreaterThanOrEqual(13);
  });

  it.each(Object.keys(sqliteTables))('has %s column for column, with its keys, indexes and foreign keys', (key) => {
    expect(pgTables[key]).toEqual(sqliteTables[key]);
  });

  it('reads and writes rows of the same JS types (checked by tsc)', () => {
    expectTypeOf<typeof sqlite.editions.$inferSelect>().toEqualTypeOf<typeof pg.editions.$inferSelect>();
    expectTypeOf<typeof sqlite.libraries.$inferSelect>().toEqualTypeOf<typeof pg.libraries.$inferSelect>();
    expectTypeOf<typeof sqlite.invitations.$inferSelect>().toEqualTypeOf<typeof pg.invitations.$inferSelect>();
    expectTypeOf<typeof sqlite.responses.$inferSelect>().toEqualTypeOf<typeof pg.responses.$inferSelect>();
    expectTypeOf<typeof sqlite.answers.$inferSelect>().toEqualTypeOf<typeof pg.answers.$inferSelect>();
    expectTypeOf<typeof sqlite.users.$inferSelect>().toEqualTypeOf<typeof pg.users.$inferSelect>();
    expectTypeOf<typeof sqlite.apiKeys.$inferSelect>().toEqualTypeOf<typeof pg.apiKeys.$inferSelect>();
    expectTypeOf<typeof sqlite.rateLimits.$inferSelect>().toEqualTypeOf<typeof pg.rateLimits.$inferSelect>();
    expectTypeOf<typeof sqlite.auditLog.$inferSelect>().toEqualTypeOf<typeof pg.auditLog.$inferSelect>();
    expectTypeOf<typeof sqlite.mailings.$inferSelect>().toEqualTypeOf<typeof pg.mailings.$inferSelect>();
    expectTypeOf<typeof sqlite.outbox.$inferSelect>().toEqualTypeOf<typeof pg.outbox.$inferSelect>();
    expectTypeOf<typeof sqlite.mailTemplates.$inferSelect>().toEqualTypeOf<typeof pg.mailTemplates.$inferSelect>();
    expectTypeOf<typeof sqlite.plannedMailings.$inferSelect>().toEqualTypeOf<typeof pg.plannedMailings.$inferSelect>();
    expectTypeOf<typeof sqlite.responses.$inferInsert>().toEqualTypeOf<typeof pg.responses.$inferInsert>();
    expectTypeOf<typeof sqlite.outbox.$inferInsert>().toEqualTypeOf<typeof pg.outbox.$inferInsert>();
    expectTypeOf<typeof sqlite.auditLog.$inferInsert>().toEqualTypeOf<typeof pg.auditLog.$inferInsert>();
  });
});
