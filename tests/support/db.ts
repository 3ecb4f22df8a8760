import { openDatabase, type Db } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { seedEditions } from '@/db/seed';

/** A fresh in-memory database with the bundled editions (2022-2023 open). */
export function createTestDb(): Db {
  const db = openDatabase(':memory:');
  runMigrations(db);
  seedEditions(db);
  return db;
}
