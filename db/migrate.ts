import path from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { databaseUrl } from '@/lib/env';
import { getDb, type Db } from './client';

export const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');

export function runMigrations(db: Db = getDb()): void {
  migrate(db, { migrationsFolder });
}

if (process.argv[1]?.match(/db[\\/]migrate\.ts$/)) {
  runMigrations();
  console.log(`Migrated ${databaseUrl()}`);
}
