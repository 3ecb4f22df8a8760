import { openDatabase, type Db } from '@/db/client';
import { runMigrations } from '@/db/migrate';

/** A fresh, migrated in-memory database for unit tests. */
export function openTestDb(): Db {
  const db = openDatabase(':memory:');
  runMigrations(db);
  return db;
}
