import { AsyncLocalStorage } from 'node:async_hooks';
import type Database from 'better-sqlite3';
import { writerOf, type Db } from './client';

/**
 * The one way to write. The body is async, so on SQLite, whose connection
 * runs one transaction at a time, transactions on a connection take turns
 * (a queue per connection): while one awaits, no other request's statements
 * run on that connection inside it. A transaction begun inside another one's
 * body, on the same connection, is a savepoint of it (as drizzle nests them).
 * The transaction is IMMEDIATE: it takes SQLite's write lock at BEGIN, so a
 * check and the write that depends on it (a version, a claim) cannot be
 * overtaken by another process either.
 */
export async function transaction<T>(db: Db, body: (tx: Db) => Promise<T> | T): Promise<T> {
  const writer = writerOf(db);
  const connection = writer.$client;
  if (open.getStore()?.has(connection)) return savepoint(writer, body);
  const turn = queueTurn(connection);
  await turn.ready;
  try {
    const inside = new Set(open.getStore() ?? []).add(connection);
    return await open.run(inside, async () => {
      connection.prepare('BEGIN IMMEDIATE').run();
      try {
        const result = await body(writer);
        connection.prepare('COMMIT').run();
        return result;
      } catch (error) {
        if (connection.inTransaction) connection.prepare('ROLLBACK').run();
        throw error;
      }
    });
  } finally {
    turn.done();
  }
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

async function savepoint<T>(writer: Db, body: (tx: Db) => Promise<T> | T): Promise<T> {
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
