import { describe, expect, it } from 'vitest';
import { asc, sql } from 'drizzle-orm';
import { rateLimits } from '../schema';
import { transaction } from '../transaction';
import { caseInsensitive, inJsonArray, serialize } from '.';
import { openTestDb } from '@/tests/support/db';

describe('the dialect module', () => {
  it('refuses serialize() outside a transaction and takes it inside one', async () => {
    const db = await openTestDb();
    await expect(serialize(db, 'response:1')).rejects.toThrow('outside transaction()');
    await expect(transaction(db, (tx) => serialize(tx, 'response:1'))).resolves.toBeUndefined();
  });

  it('finds values in a JSON array parameter and orders without regard to case', async () => {
    const db = await openTestDb();
    await transaction(db, (tx) =>
      tx.insert(rateLimits).values([
        { key: 'b', count: 1, windowStart: 0 },
        { key: 'A', count: 2, windowStart: 0 },
        { key: 'c', count: 3, windowStart: 0 },
      ]),
    );
    const inList = await db
      .select({ key: rateLimits.key })
      .from(rateLimits)
      .where(inJsonArray(rateLimits.count, sql`${JSON.stringify([1, 2])}`))
      .orderBy(caseInsensitive(rateLimits.key), asc(rateLimits.count));
    expect(inList.map((row) => row.key)).toEqual(['A', 'b']);
  });
});
