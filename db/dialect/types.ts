import type { SQL, SQLWrapper } from 'drizzle-orm';
import type { Db } from '../client';

/** What differs between SQLite and PostgreSQL, each dialect's file giving its own (db/dialect/sqlite.ts, postgres.ts). */
export type Dialect = {
  /** Inside a transaction: makes a check and the write that depends on it exclusive on `key`, across instances. */
  serialize: (tx: Db, key: string) => Promise<void>;
  /** `value` is one of the elements of `jsonArray`, a JSON array given as text (a parameter); `as` the elements' type. */
  inJsonArray: (value: SQLWrapper, jsonArray: SQLWrapper, as?: 'integer' | 'text') => SQL;
  /** An ordering term: `value` compared without regard to case (SQLite's `collate nocase`). */
  caseInsensitive: (value: SQLWrapper) => SQL;
};
