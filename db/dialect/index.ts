import type { SQL, SQLWrapper } from 'drizzle-orm';
import { databaseConfig } from '@/lib/env';
import type { Db } from '../client';
import { isPostgres } from '../postgres';
import { inTransaction } from '../transaction';
import { postgresDialect } from './postgres';
import { sqliteDialect } from './sqlite';

/*
 * The only code that knows which database it runs on (DESIGN17: db/dialect/). SQL fragments follow
 * DATABASE_URL, as the schema does (db/schema/index.ts); serialize() follows the handle it is given.
 */
const active = databaseConfig().dialect === 'postgres' ? postgresDialect : sqliteDialect;

/**
 * Inside `transaction()`: makes a check and the write that depends on it exclusive on `key`
 * (e.g. `response:<id>`) across every instance of the app, until the transaction ends.
 * SQLite's BEGIN IMMEDIATE is that already; PostgreSQL takes an advisory lock.
 */
export async function serialize(tx: Db, key: string): Promise<void> {
  if (!inTransaction(tx)) throw new Error(`serialize(${key}) outside transaction(): the lock would end at once`);
  await (isPostgres(tx) ? postgresDialect : sqliteDialect).serialize(tx, key);
}

/** `value` is one of the elements of the JSON array `jsonArray` (text, e.g. a placeholder holding `JSON.stringify(ids)`). */
export function inJsonArray(value: SQLWrapper, jsonArray: SQLWrapper, as: 'integer' | 'text' = 'integer'): SQL {
  return active.inJsonArray(value, jsonArray, as);
}

/** An ordering term comparing `value` without regard to case (SQLite folds ASCII letters, PostgreSQL all; then byte order). */
export function caseInsensitive(value: SQLWrapper): SQL {
  return active.caseInsensitive(value);
}
