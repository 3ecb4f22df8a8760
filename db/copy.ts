import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { asc, getTableName, gt, is, sql, type Column } from 'drizzle-orm';
import { drizzle as drizzleSqlite, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { getTableConfig as sqliteTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { getTableConfig as pgTableConfig, PgTable } from 'drizzle-orm/pg-core';
// The SQLite tables themselves, not db/schema/ (the active dialect's): the copy reads SQLite whatever DATABASE_URL names.
import * as sqliteSchema from './schema-sqlite';
import * as pgSchema from './schema-pg';
import { migrateDatabase, migrationsFolder } from './migrate';
import { closePostgres, openPostgres, type PgDb } from './postgres';

type TableCount = { table: string; rows: number };

export type CopyProgress = { table: string; copied: number; total: number };

export type CopyResult =
  | { ok: true; tables: TableCount[] }
  | { ok: false; reason: 'source-missing' }
  | { ok: false; reason: 'source-not-migrated'; applied: number; expected: number }
  | { ok: false; reason: 'target-not-empty'; tables: TableCount[] };

type Row = Record<string, unknown>;

/** One table in both schemas, matched by its SQL name (db/schema-pg/matches-sqlite.test.ts keeps them alike). */
type TablePair = {
  name: string;
  source: SQLiteTable;
  target: PgTable;
  /** The property of the single-column primary key: the copy pages through the table by it. */
  key: string;
  keyColumn: Column;
  /** Properties of columns that reference this table itself (editions' previous edition). */
  selfReferences: string[];
  /** Whether the key is an identity column whose sequence must continue after the copied ids. */
  identity: boolean;
  columnCount: number;
};

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

function propertyOf(table: object, column: Column): string {
  const entry = Object.entries(table).find(([, value]) => value === column);
  if (!entry) throw new Error(`column ${column.name} not found on its table`);
  return entry[0];
}

/** The tables in an order in which every table comes after the tables it references. */
function tablePairs(): TablePair[] {
  const sources = new Map(
    (Object.values(sqliteSchema) as unknown[])
      .filter((value): value is SQLiteTable => is(value, SQLiteTable))
      .map((table) => [getTableName(table), table]),
  );
  const pairs = new Map<string, TablePair & { references: string[] }>();
  for (const target of (Object.values(pgSchema) as unknown[]).filter((value): value is PgTable => is(value, PgTable))) {
    const config = pgTableConfig(target);
    const source = sources.get(config.name);
    if (!source) throw new Error(`table ${config.name} has no SQLite counterpart`);
    const keys = sqliteTableConfig(source).columns.filter((column) => column.primary);
    if (keys.length !== 1) throw new Error(`table ${config.name} needs a single-column primary key to be copied in batches`);
    const references = config.foreignKeys.map((fk) => getTableName(fk.reference().foreignTable));
    const targetKey = config.columns.find((column) => column.primary)!;
    pairs.set(config.name, {
      name: config.name,
      source,
      target,
      key: propertyOf(source, keys[0]),
      keyColumn: keys[0],
      selfReferences: config.foreignKeys
        .filter((fk) => getTableName(fk.reference().foreignTable) === config.name)
        .flatMap((fk) => fk.reference().columns.map((column) => propertyOf(target, column))),
      identity: (targetKey as Column & { generatedIdentity?: unknown }).generatedIdentity !== undefined,
      columnCount: config.columns.length,
      references: references.filter((name) => name !== config.name),
    });
  }
  if (pairs.size !== sources.size) throw new Error('the SQLite and PostgreSQL schemas have different tables');
  const ordered: TablePair[] = [];
  const placed = new Set<string>();
  while (ordered.length < pairs.size) {
    const next = [...pairs.values()].find((pair) => !placed.has(pair.name) && pair.references.every((name) => placed.has(name)));
    if (!next) throw new Error('the foreign keys between tables form a cycle');
    ordered.push(next);
    placed.add(next.name);
  }
  return ordered;
}

function appliedMigrations(sqlite: Database.Database): number {
  const journal = sqlite.prepare(`select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'`).get();
  if (!journal) return 0;
  return (sqlite.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number }).n;
}

function expectedMigrations(): number {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
  return journal.entries.length;
}

/**
 * Copies every table of an SQLite installation into an empty PostgreSQL database, which is
 * migrated first. Rows are read through the SQLite schema and written through the PostgreSQL
 * one, so each column arrives as the same JS value (a Date, a boolean, a JSON object), ids
 * included. The source is read in one snapshot and left unchanged; the target is written in
 * one transaction, so a copy that fails leaves it empty. Tables go in foreign-key order, in
 * batches of at most `batchRows` rows, so memory stays bounded however large the tables are.
 * The audit log's triggers refuse only UPDATE, DELETE and TRUNCATE: its rows are inserted.
 */
export async function copyDatabase(options: {
  from: string;
  to: string;
  batchRows?: number;
  onProgress?: (progress: CopyProgress) => void;
}): Promise<CopyResult> {
  if (!fs.existsSync(options.from)) return { ok: false, reason: 'source-missing' };
  const pairs = tablePairs();
  const sqlite = new Database(options.from, { readonly: true, fileMustExist: true });
  try {
    const applied = appliedMigrations(sqlite);
    const expected = expectedMigrations();
    if (applied !== expected) return { ok: false, reason: 'source-not-migrated', applied, expected };
    const found = (
      sqlite
        .prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name != '__drizzle_migrations'`)
        .all() as { name: string }[]
    ).map((row) => row.name);
    const unknown = found.filter((name) => !pairs.some((pair) => pair.name === name));
    if (unknown.length > 0) throw new Error(`the SQLite database has tables the schema does not know: ${unknown.join(', ')}`);

    await migrateDatabase({ dialect: 'postgres', url: options.to });
    const source = drizzleSqlite(sqlite, { schema: sqliteSchema, casing: 'snake_case' });
    const target = openPostgres(options.to, { max: 1 });
    // One read transaction: every table is read from the same snapshot, even if the app still writes.
    sqlite.prepare('BEGIN').run();
    try {
      return await target.transaction(async (tx) => {
        // Another instance must not write between the check that the target is empty and the commit.
        await tx.execute(sql.raw(`LOCK TABLE ${pairs.map((pair) => quote(pair.name)).join(', ')} IN EXCLUSIVE MODE`));
        const inUse: TableCount[] = [];
        for (const pair of pairs) {
          const rows = await countTarget(tx, pair.name);
          if (rows > 0) inUse.push({ table: pair.name, rows });
        }
        if (inUse.length > 0) return { ok: false, reason: 'target-not-empty', tables: inUse };

        const tables: TableCount[] = [];
        for (const pair of pairs) {
          const total = (sqlite.prepare(`select count(*) as n from ${quote(pair.name)}`).get() as { n: number }).n;
          const copied = await copyTable(pair, { source, tx, total, batchRows: options.batchRows ?? 2000, onProgress: options.onProgress });
          // Cheap, and it would catch rows a batch boundary lost.
          const arrived = await countTarget(tx, pair.name);
          if (copied !== total || arrived !== total)
            throw new Error(`${pair.name}: ${total} rows read, ${copied} written, ${arrived} found`);
          if (pair.identity) {
            const key = quote(pair.keyColumn.name);
            await tx.execute(
              sql.raw(
                `select setval(pg_get_serial_sequence('${quote(pair.name)}', '${pair.keyColumn.name}'), coalesce(max(${key}), 0) + 1, false) from ${quote(pair.name)}`,
              ),
            );
          }
          tables.push({ table: pair.name, rows: total });
        }
        return { ok: true, tables };
      });
    } finally {
      sqlite.prepare('COMMIT').run();
      await closePostgres(target);
    }
  } finally {
    sqlite.close();
  }
}

type Tx = Parameters<Parameters<PgDb['transaction']>[0]>[0];

async function countTarget(tx: Tx, table: string): Promise<number> {
  const result = await tx.execute<{ n: string }>(sql.raw(`select count(*) as n from ${quote(table)}`));
  return Number(result.rows[0].n);
}

async function copyTable(
  pair: TablePair,
  context: {
    source: BetterSQLite3Database<typeof sqliteSchema>;
    tx: Tx;
    total: number;
    batchRows: number;
    onProgress?: (progress: CopyProgress) => void;
  },
): Promise<number> {
  const { source, tx, total } = context;
  // PostgreSQL takes at most 65,535 parameters in one statement.
  const limit = Math.max(1, Math.min(context.batchRows, Math.floor(65_535 / pair.columnCount)));
  // A reference to a row of a later batch cannot be inserted yet: it is set once that row exists.
  const later: { key: unknown; property: string; value: unknown }[] = [];
  let copied = 0;
  let last: unknown;
  for (;;) {
    const query = source.select().from(pair.source);
    const rows = (await (last === undefined ? query : query.where(gt(pair.keyColumn, last)))
      .orderBy(asc(pair.keyColumn))
      .limit(limit)) as Row[];
    if (rows.length === 0) break;
    last = rows[rows.length - 1][pair.key];
    const values = rows.map((row) => {
      const pending = pair.selfReferences.filter((property) => row[property] !== null && (row[property] as number) > (last as number));
      if (pending.length === 0) return row;
      for (const property of pending) later.push({ key: row[pair.key], property, value: row[property] });
      return { ...row, ...Object.fromEntries(pending.map((property) => [property, null])) };
    });
    await tx.insert(pair.target).values(values);
    copied += rows.length;
    context.onProgress?.({ table: pair.name, copied, total });
  }
  const targetColumns = pgTableConfig(pair.target).columns;
  for (const { key, property, value } of later) {
    const column = targetColumns.find((c) => propertyOf(pair.target, c) === property)!;
    const keyName = targetColumns.find((c) => c.primary)!.name;
    await tx.execute(sql`update ${pair.target} set ${sql.identifier(column.name)} = ${value} where ${sql.identifier(keyName)} = ${key}`);
  }
  if (total === 0) context.onProgress?.({ table: pair.name, copied: 0, total });
  return copied;
}
