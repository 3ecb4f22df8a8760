import crypto from 'node:crypto';
import pg from 'pg';
import { closePostgres, openPostgres, type PgDb } from '@/db/postgres';
import { runPostgresMigrations } from '@/db/migrate';

/*
 * The development and CI machines run PostgreSQL 15 on 127.0.0.1:5432 with trust
 * authentication (.ci/run starts it where it is missing). Each test file gets a database
 * of its own, created empty and dropped afterwards, so files run in parallel.
 */
const server = { host: '127.0.0.1', port: 5432 };
const users = ['root', 'postgres'];

export type TestPostgres = {
  db: PgDb;
  /** The postgres:// URL of the test's database, e.g. for a child process's DATABASE_URL. */
  url: string;
  /** Closes the pool and drops the database. */
  drop: () => Promise<void>;
};

/** A connection to the server's `postgres` database as the first of `users` it knows, or a clear error. */
async function administer(): Promise<{ client: pg.Client; user: string }> {
  let last: unknown;
  for (const user of users) {
    const client = new pg.Client({ ...server, user, database: 'postgres', connectionTimeoutMillis: 5000 });
    try {
      await client.connect();
      return { client, user };
    } catch (error) {
      last = error;
      await client.end().catch(() => undefined);
      // A refused connection will not be better for another user.
      if ((error as { code?: string }).code === 'ECONNREFUSED') break;
    }
  }
  const reason = last instanceof Error ? last.message : String(last);
  throw new Error(
    `PostgreSQL is not reachable on ${server.host}:${server.port} as ${users.join(' or ')} (${reason}). ` +
      'These tests need it: start PostgreSQL 15 with trust authentication for 127.0.0.1 (.ci/run does so on a fresh machine).',
  );
}

/** A fresh database enquete_test_<random> on the local server, migrated, with a pool on it. */
export async function createTestPostgres(options: { migrate?: boolean } = {}): Promise<TestPostgres> {
  const { client, user } = await administer();
  const name = `enquete_test_${crypto.randomBytes(6).toString('hex')}`;
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = `postgres://${user}@${server.host}:${server.port}/${name}`;
  const db = openPostgres(url, { max: 4 });
  const drop = async () => {
    await closePostgres(db);
    const admin = await administer();
    try {
      await admin.client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    } finally {
      await admin.client.end();
    }
  };
  try {
    if (options.migrate !== false) await runPostgresMigrations(db);
  } catch (error) {
    await drop();
    throw error;
  }
  return { db, url, drop };
}
