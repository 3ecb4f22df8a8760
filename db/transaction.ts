import { AsyncLocalStorage } from 'node:async_hooks';
import type Database from 'better-sqlite3';
import pg from 'pg';
import { asDb, writerOf, type Db } from './client';
import { isPostgres, onConnection, type PgDb } from './postgres';

type Body<T> = (tx: Db) => Promise<T> | T;

/**
 * The one way to write. The body is async, so on SQLite, whose connection
 * runs one transaction at a time, transactions on a connection take turns
 * (a queue per connection): while one awaits, no other request's statements
 * run on that connection inside it. A transaction begun inside another one's
 * body, on the same connection, is a savepoint of it (as drizzle nests them).
 * The transaction is IMMEDIATE: it takes SQLite's write lock at BEGIN, so a
 * check and the write that depends on it (a version, a claim) cannot be
 * overtaken by another process either.
 *
 * On PostgreSQL the transaction has a connection of the pool to itself
 * (READ COMMITTED), and `tx` runs on that connection; a transaction begun inside
 * the body, on `tx` or on the pool's `db`, is a savepoint of it. Where SQLite's
 * write lock made a check-then-write exclusive, PostgreSQL needs `serialize()`
 * (db/dialect) or a unique constraint.
 */
export async function transaction<T>(db: Db, body: Body<T>): Promise<T> {
  if (isPostgres(db)) return postgresTransaction(db as unknown as PgDb, body);
  const writer = writerOf(db);
  const connection = writer.$client;
  if (open.getStore()?.has(connection)) return savepoint(writer, body);
  const turn = queueTurn(connection);
  await turn.ready;
  try {
    const inside = new Set(open.getStore() ?? []).add(connection);
    return await open.run(inside, async () => {
      control(connection).begin.run();
      try {
        const result = await body(writer);
        control(connection).commit.run();
        return result;
      } catch (error) {
        if (connection.inTransaction) control(connection).rollback.run();
        throw error;
      }
    });
  } finally {
    turn.done();
  }
}

/** Whether `db` is inside a `transaction()` of the current async context (its own, or the handle it was begun on). */
export function inTransaction(db: Db): boolean {
  const client: unknown = db.$client;
  if (isPostgres(db)) return pgOpen.getStore()?.has(client as pg.Pool) ?? false;
  return open.getStore()?.has(client as Database.Database) ?? false;
}

// BEGIN, COMMIT and ROLLBACK prepared once per connection, as better-sqlite3's own transaction wrapper
// does: the sender runs two transactions a message, and preparing them each time is work per message.
type Control = { begin: Database.Statement; commit: Database.Statement; rollback: Database.Statement };
const controls = new WeakMap<Database.Database, Control>();
function control(connection: Database.Database): Control {
  let statements = controls.get(connection);
  if (!statements) {
    statements = {
      begin: connection.prepare('BEGIN IMMEDIATE'),
      commit: connection.prepare('COMMIT'),
      rollback: connection.prepare('ROLLBACK'),
    };
    controls.set(connection, statements);
  }
  return statements;
}

// Which connections the current async context holds a transaction on.
const open = new AsyncLocalStorage<Set<Database.Database>>();
const queues = new WeakMap<Database.Database, Promise<void>>();
let savepoints = 0;

function queueTurn(connection: Database.Database): { ready: Promise<void>; done: () => void } {
  const previous = queues.get(connection) ?? Promise.resolve();
  let done!: () => void;
  const mine = new Promise<void>((resolve) => (done = resolve));
  queues.set(
    connection,
    previous.then(() => mine),
  );
  return { ready: previous, done };
}

async function savepoint<T>(writer: Db, body: Body<T>): Promise<T> {
  const name = `sp${++savepoints}`;
  const connection = writer.$client;
  connection.prepare(`SAVEPOINT ${name}`).run();
  try {
    const result = await body(writer);
    connection.prepare(`RELEASE ${name}`).run();
    return result;
  } catch (error) {
    connection.prepare(`ROLLBACK TO ${name}`).run();
    connection.prepare(`RELEASE ${name}`).run();
    throw error;
  }
}

// `turns`: the savepoints begun directly inside this (sub)transaction, one after another.
type PgOpen = { connection: pg.PoolClient; tx: Db; turns: Promise<void> };

// The PostgreSQL transactions the current async context is inside: by pool and by connection.
const pgOpen = new AsyncLocalStorage<Map<pg.Pool | pg.PoolClient, PgOpen>>();
// One drizzle handle per pooled connection, made when the connection first runs a transaction.
const handles = new WeakMap<pg.PoolClient, Db>();

async function postgresTransaction<T>(db: PgDb, body: Body<T>): Promise<T> {
  const client = db.$client;
  const current = pgOpen.getStore()?.get(client);
  if (current) return pgSavepoint(current, body);
  if (!(client instanceof pg.Pool)) throw new Error('transaction(): this PostgreSQL connection belongs to a transaction that has ended');
  const connection = await client.connect();
  let tx = handles.get(connection);
  if (!tx) handles.set(connection, (tx = asDb(onConnection(connection))));
  const state: PgOpen = { connection, tx, turns: Promise.resolve() };
  const inside = new Map(pgOpen.getStore() ?? []).set(client, state).set(connection, state);
  // A connection whose ROLLBACK failed is in an unknown state: the pool drops it rather than reuse it.
  let broken: Error | undefined;
  try {
    return await pgOpen.run(inside, async () => {
      await connection.query('BEGIN');
      try {
        const result = await body(state.tx);
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        await connection.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
        throw error;
      }
    });
  } finally {
    connection.release(broken);
  }
}

/*
 * Sibling savepoints (nested transactions begun at once, e.g. under Promise.all) take turns:
 * interleaved, one's ROLLBACK TO would undo the other's work and drop its savepoint. A savepoint
 * begun inside another waits only for its own siblings, so nesting cannot wait on itself.
 */
async function pgSavepoint<T>(state: PgOpen, body: Body<T>): Promise<T> {
  const previous = state.turns;
  let done!: () => void;
  const mine = new Promise<void>((resolve) => (done = resolve));
  state.turns = previous.then(() => mine);
  await previous;
  try {
    const child: PgOpen = { connection: state.connection, tx: state.tx, turns: Promise.resolve() };
    const inside = new Map([...(pgOpen.getStore() ?? [])].map(([key, open]) => [key, open === state ? child : open]));
    return await pgOpen.run(inside, async () => {
      const name = `sp${++savepoints}`;
      await state.connection.query(`SAVEPOINT ${name}`);
      try {
        const result = await body(state.tx);
        await state.connection.query(`RELEASE SAVEPOINT ${name}`);
        return result;
      } catch (error) {
        await state.connection.query(`ROLLBACK TO SAVEPOINT ${name}`);
        await state.connection.query(`RELEASE SAVEPOINT ${name}`);
        throw error;
      }
    });
  } finally {
    done();
  }
}
