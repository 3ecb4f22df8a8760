import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { databaseConfig } from '@/lib/env';
import * as schema from './schema-sqlite';
import { closePostgres, openPostgres, type PgDb } from './postgres';

/**
 * The handle domain code reads through; writes go through `transaction()`
 * (db/transaction.ts) on its writer connection (`writerOf`). Typed with drizzle's
 * SQLite API whichever database it is: under PostgreSQL it is a node-postgres
 * database (db/postgres.ts), and domain code keeps to what both dialects share
 * (DESIGN: no .get/.all/.run/.values, no $client outside db/).
 */
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export function openDatabase(file: string): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  // WAL lets readers (result pages) run while a respondent's save is written;
  // busy_timeout makes concurrent writers queue instead of failing.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  // Checkpoint the WAL into the database every 4,000 pages (16 MB) rather than SQLite's 1,000:
  // a checkpoint syncs the file twice, and a mailing's messages rewrite the same few pages, so
  // fewer and larger ones copy each page once for more commits (docs/benchmarks.md, "Mailing").
  sqlite.pragma('wal_autocheckpoint = 4000');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  return drizzle(sqlite, { schema, casing: 'snake_case' }) as Db;
}

/** A PostgreSQL database as the `Db` domain code is typed with (see `Db`). */
export function asDb(db: PgDb): Db {
  return db as unknown as Db;
}

/**
 * The connection `transaction()` writes on. Reads and writes share one
 * connection until every write goes through `transaction()`; then a
 * read-only reader connection can take the reads and this returns the writer.
 */
export function writerOf(db: Db): Db {
  return db;
}

// Cached on globalThis so dev-mode hot reloads do not open a new handle per edit.
const globalForDb = globalThis as unknown as { enqueteDb?: Db; enqueteDbUrl?: string };

/** The database DATABASE_URL names: an SQLite file, or a pool on a PostgreSQL database. */
export function getDb(): Db {
  const config = databaseConfig();
  const url = config.dialect === 'sqlite' ? config.file : config.url;
  if (!globalForDb.enqueteDb || globalForDb.enqueteDbUrl !== url) {
    globalForDb.enqueteDb = config.dialect === 'sqlite' ? openDatabase(config.file) : asDb(openPostgres(config.url));
    globalForDb.enqueteDbUrl = url;
  }
  return globalForDb.enqueteDb;
}

/** Closes a database: the SQLite file, or the pool's connections once their queries are done. */
export async function closeDatabase(db: Db): Promise<void> {
  const client: unknown = db.$client;
  if (client instanceof Database) client.close();
  else await closePostgres(db as unknown as PgDb);
}

/** Closes the cached handle; used by scripts and tests that reopen another file. */
export async function closeDb(): Promise<void> {
  const db = globalForDb.enqueteDb;
  globalForDb.enqueteDb = undefined;
  globalForDb.enqueteDbUrl = undefined;
  if (db) await closeDatabase(db);
}
