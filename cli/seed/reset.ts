import type { Db } from '@/db/client';

/**
 * Rows that are nobody's data: drizzle's migration journal and the sign-in and
 * link-guessing counters (rate_limits), which a server writes as soon as
 * someone tries to sign in.
 */
const notData = new Set(['__drizzle_migrations', 'rate_limits']);

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Every table of the app, read from the database itself so a table added later is covered without a list to keep up. */
function appTables(db: Db): string[] {
  return (
    db.$client
      .prepare(
        `select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name != '__drizzle_migrations' order by name`,
      )
      .all() as {
      name: string;
    }[]
  ).map((row) => row.name);
}

/** The tables that hold data, with their row counts; empty for a new or empty database. */
export function tablesWithData(db: Db): { table: string; rows: number }[] {
  return appTables(db)
    .filter((table) => !notData.has(table))
    .map((table) => ({ table, rows: (db.$client.prepare(`select count(*) as n from ${quote(table)}`).get() as { n: number }).n }))
    .filter((t) => t.rows > 0);
}

/**
 * Deletes every row of every table, in one transaction. The audit log's
 * triggers refuse deletes (that is their point), so every trigger is dropped
 * and re-created from its own stored SQL inside the same transaction: if
 * anything fails, the rows and the triggers are all still there. Foreign keys
 * are checked at commit, when every table is empty, so the order is free.
 */
export function emptyDatabase(db: Db): void {
  const sqlite = db.$client;
  const triggers = sqlite.prepare(`select name, sql from sqlite_master where type = 'trigger' and sql is not null`).all() as {
    name: string;
    sql: string;
  }[];
  const tables = appTables(db);
  const hasSequence = sqlite.prepare(`select 1 from sqlite_master where type = 'table' and name = 'sqlite_sequence'`).get() !== undefined;
  sqlite.transaction(() => {
    sqlite.pragma('defer_foreign_keys = ON');
    for (const trigger of triggers) sqlite.exec(`DROP TRIGGER ${quote(trigger.name)}`);
    for (const table of tables) sqlite.exec(`DELETE FROM ${quote(table)}`);
    // Ids start again at 1, as in a new database.
    if (hasSequence) sqlite.exec('DELETE FROM sqlite_sequence');
    for (const trigger of triggers) sqlite.exec(trigger.sql);
  })();
}
