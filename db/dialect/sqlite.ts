import { sql } from 'drizzle-orm';
import type { Dialect } from './types';

export const sqliteDialect: Dialect = {
  // BEGIN IMMEDIATE (db/transaction.ts) takes the database's write lock for the whole transaction already.
  serialize: () => Promise.resolve(),
  // The elements' type needs no cast: SQLite compares json_each's integers and texts as they are.
  inJsonArray: (value, jsonArray) => sql`${value} in (select value from json_each(${jsonArray}))`,
  caseInsensitive: (value) => sql`${value} collate nocase`,
};
