import { sql } from 'drizzle-orm';
import type { PgDb } from '../postgres';
import type { Dialect } from './types';

export const postgresDialect: Dialect = {
  // A transaction-scoped advisory lock: held until COMMIT or ROLLBACK, so two instances' check-then-writes
  // on one key take turns, while other keys go on (READ COMMITTED alone would let both checks pass).
  serialize: async (tx, key) => {
    await (tx as unknown as PgDb).execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
  },
  inJsonArray: (value, jsonArray, as = 'integer') =>
    sql`${value} in (select element::${sql.raw(as === 'integer' ? 'bigint' : 'text')} from jsonb_array_elements_text(cast(${jsonArray} as jsonb)) as element)`,
  // lower() then byte order ("C"), as SQLite's nocase folds case and compares bytes, whatever the database's locale.
  caseInsensitive: (value) => sql`lower(${value}) collate "C"`,
};
