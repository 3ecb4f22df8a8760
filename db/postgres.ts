import pg from 'pg';
import { is } from 'drizzle-orm';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { PgDatabase } from 'drizzle-orm/pg-core';
import * as schema from './schema-pg';

/** A PostgreSQL database: drizzle over a pool of connections (`$client`), or over one connection in a transaction. */
export type PgDb = NodePgDatabase<typeof schema> & { $client: pg.Pool | pg.PoolClient };

export type PostgresOptions = {
  /** Connections this process keeps at most; each app instance has its own pool. */
  max?: number;
  /** How long an unused connection stays open (tests open many small pools). */
  idleTimeoutMillis?: number;
};

/**
 * Opens a pool on a postgres:// URL (user, password, host, port, database and `sslmode`
 * are the URL's). Nothing connects until the first query.
 */
export function openPostgres(url: string, options: PostgresOptions = {}): PgDb {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    idleTimeoutMillis: options.idleTimeoutMillis ?? 10_000,
    application_name: 'enquete',
  });
  // A pooled connection the server drops while idle (a restart, a fail-over) emits 'error'
  // on the pool; unheard, that would end the process. The pool replaces the connection.
  pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
  return drizzle(pool, { schema, casing: 'snake_case' });
}

/** drizzle on one connection checked out of a pool: what a transaction's `tx` is. */
export function onConnection(connection: pg.PoolClient): PgDb {
  return drizzle(connection, { schema, casing: 'snake_case' });
}

/** Whether a database handle (or a transaction's) is PostgreSQL's. */
export function isPostgres(db: object): boolean {
  return is(db, PgDatabase);
}

/** Ends the pool's connections once their queries are done. */
export async function closePostgres(db: PgDb): Promise<void> {
  if (db.$client instanceof pg.Pool) await db.$client.end();
}
