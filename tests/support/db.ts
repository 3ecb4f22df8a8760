import { openDatabase, type Db } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { seedEditions } from '@/cli/seed/seed';

/** A fresh, migrated, empty in-memory database. */
export function openTestDb(): Db {
  const db = openDatabase(':memory:');
  runMigrations(db);
  return db;
}

/** A fresh in-memory database with the bundled editions (2022-2023 open). */
export function createTestDb(): Db {
  const db = openTestDb();
  seedEditions(db);
  return db;
}
