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

const writers = new WeakMap<Db, Db>();

function connect(file: string, readonly: boolean): Db {
  const sqlite = new Database(file, { readonly });
  if (!readonly) {
    // WAL lets readers (result pages) run while a respondent's save is written;
    // busy_timeout makes concurrent writers queue instead of failing.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    // Checkpoint the WAL into the database every 4,000 pages (16 MB) rather than SQLite's 1,000:
    // a checkpoint syncs the file twice, and a mailing's messages rewrite the same few pages, so
    // fewer and larger ones copy each page once for more commits (docs/benchmarks.md, "Mailing").
    sqlite.pragma('wal_autocheckpoint = 4000');
    sqlite.pragma('foreign_keys = ON');
  }
  sqlite.pragma('busy_timeout = 5000');
  return drizzle(sqlite, { schema, casing: 'snake_case' }) as Db;
}

export function openDatabase(file: string): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = connect(file, false);
  // Until every write goes through transaction(), reads and writes share one
  // connection; a read-only reader joins here once none is left outside.
  writers.set(db, db);
  return db;
}

/** The connection `transaction()` writes on; only db/ uses it. */
export function writerOf(db: Db): Db {
  return writers.get(db) ?? db;
}

/** Closes both connections of a handle. */
function closeDatabase(db: Db): void {
  const writer = writerOf(db);
  if (writer !== db) writer.$client.close();
  db.$client.close();
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
  if (globalForDb.enqueteDb) closeDatabase(globalForDb.enqueteDb);
  globalForDb.enqueteDb = undefined;
  globalForDb.enqueteDbFile = undefined;
}
