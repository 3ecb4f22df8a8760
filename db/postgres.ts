import pg from 'pg';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import * as schema from './schema-pg';

/** A PostgreSQL database: drizzle over a pool of connections (`$client`). */
export type PgDb = NodePgDatabase<typeof schema> & { $client: pg.Pool };

export type PostgresOptions = {
  /** Connections this process keeps at most; each app instance has its own pool. */
  max?: number;
};

/**
 * Opens a pool on a postgres:// URL (user, password, host, port, database and `sslmode`
 * are the URL's). Nothing connects until the first query.
 */
export function openPostgres(url: string, options: PostgresOptions = {}): PgDb {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, application_name: 'enquete' });
  // A pooled connection the server drops while idle (a restart, a fail-over) emits 'error'
  // on the pool; unheard, that would end the process. The pool replaces the connection.
  pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
  return drizzle(pool, { schema, casing: 'snake_case' });
}

/** Ends the pool's connections once their queries are done. */
export async function closePostgres(db: PgDb): Promise<void> {
  await db.$client.end();
}
