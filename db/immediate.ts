import type Database from 'better-sqlite3';
import type { Db } from './client';

type Runner = Database.Transaction<(work: () => unknown) => unknown>;

// One transaction function per SQLite connection: better-sqlite3 builds its
// begin/commit wrapper on each db.transaction() call, and Drizzle a
// transaction object besides, which on the respondent's save path cost more
// than the work between them (docs/benchmarks.md, "Submissions").
const runners = new WeakMap<Database.Database, Runner>();

/**
 * Runs `work` in an IMMEDIATE transaction on db's connection, as
 * `db.transaction(fn, { behavior: 'immediate' })` does (a savepoint when one
 * is open already; rolled back when `work` throws), for work that runs
 * statements prepared on `db` itself: they run on that connection, so inside it.
 */
export function immediateTransaction<T>(db: Db, work: () => T): T {
  let run = runners.get(db.$client);
  if (!run) {
    run = db.$client.transaction((inner: () => unknown) => inner());
    runners.set(db.$client, run);
  }
  return run.immediate(work) as T;
}
