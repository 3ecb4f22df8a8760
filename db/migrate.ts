import path from 'node:path';
import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import { databaseConfig, type DatabaseConfig } from '@/lib/env';
import { closeDatabase, getDb, openDatabase, type Db } from './client';
import { closePostgres, openPostgres, type PgDb } from './postgres';

export const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');
export const postgresMigrationsFolder = path.join(process.cwd(), 'db', 'migrations-pg');

export function runMigrations(db: Db = getDb()): void {
  migrate(db, { migrationsFolder });
}

// Any fixed number: it names the lock every instance takes to migrate.
const migrationLock = 0x656e7175;

/**
 * Brings a PostgreSQL database up to date. Instances that start at once (a rolling
 * deploy) take turns on an advisory lock, so no two apply the same migration; the lock
 * and the migrations run on one connection of the pool, which the lock belongs to.
 */
export async function runPostgresMigrations(db: PgDb): Promise<void> {
  if (!(db.$client instanceof pg.Pool)) throw new Error('runPostgresMigrations: needs a pool, not a connection inside a transaction');
  const connection = await db.$client.connect();
  try {
    await connection.query('SELECT pg_advisory_lock($1)', [migrationLock]);
    try {
      await migratePostgres(drizzle(connection, { casing: 'snake_case' }), { migrationsFolder: postgresMigrationsFolder });
    } finally {
      await connection.query('SELECT pg_advisory_unlock($1)', [migrationLock]);
    }
  } finally {
    connection.release();
  }
}

/** Migrates the database a DATABASE_URL names (`npm run db:migrate`), opening and closing it. */
export async function migrateDatabase(config: DatabaseConfig = databaseConfig()): Promise<void> {
  if (config.dialect === 'postgres') {
    const db = openPostgres(config.url, { max: 1 });
    try {
      await runPostgresMigrations(db);
    } finally {
      await closePostgres(db);
    }
    return;
  }
  const db = openDatabase(config.file);
  try {
    runMigrations(db);
  } finally {
    await closeDatabase(db);
  }
}

/** The URL without its password, for messages. */
function shown(config: DatabaseConfig): string {
  if (config.dialect === 'sqlite') return config.file;
  const url = new URL(config.url);
  if (url.password) url.password = '***';
  return url.toString();
}

if (process.argv[1]?.match(/db[\\/]migrate\.ts$/)) {
  const config = databaseConfig();
  migrateDatabase(config).then(
    () => console.log(`Migrated ${shown(config)}`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
