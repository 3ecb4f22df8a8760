import { openDatabase, type Db } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { seedEditions } from '@/cli/seed/seed';

/** A fresh, migrated, empty in-memory database. */
export async function openTestDb(): Promise<Db> {
  const db = openDatabase(':memory:');
  runMigrations(db);
  return db;
}

/** A fresh in-memory database with the bundled editions (2022-2023 open). */
export async function createTestDb(): Promise<Db> {
  const db = await openTestDb();
  seedEditions(db);
  return db;
}
