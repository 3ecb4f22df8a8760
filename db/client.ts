import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { databaseUrl } from '@/lib/env';
import * as schema from './schema';

/**
 * The handle domain code reads through; writes go through `transaction()`
 * (db/transaction.ts) on its writer connection (`writerOf`).
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

/**
 * The connection `transaction()` writes on. Reads and writes share one
 * connection until every write goes through `transaction()`; then a
 * read-only reader connection can take the reads and this returns the writer.
 */
export function writerOf(db: Db): Db {
  return db;
}

// Cached on globalThis so dev-mode hot reloads do not open a new handle per edit.
const globalForDb = globalThis as unknown as { enqueteDb?: Db; enqueteDbFile?: string };

export function getDb(): Db {
  const file = databaseUrl();
  if (!globalForDb.enqueteDb || globalForDb.enqueteDbFile !== file) {
    globalForDb.enqueteDb = openDatabase(file);
    globalForDb.enqueteDbFile = file;
  }
  return globalForDb.enqueteDb;
}

/** Closes the cached handle; used by scripts and tests that reopen another file. */
export function closeDb(): void {
  globalForDb.enqueteDb?.$client.close();
  globalForDb.enqueteDb = undefined;
  globalForDb.enqueteDbFile = undefined;
}
