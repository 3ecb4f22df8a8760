import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { rateLimits } from './schema';
import { transaction } from './transaction';
import { openTestDb } from '@/tests/support/db';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

async function count(db: Awaited<ReturnType<typeof openTestDb>>, key: string): Promise<number | undefined> {
  const [row] = await db.select({ count: rateLimits.count }).from(rateLimits).where(eq(rateLimits.key, key));
  return row?.count;
}

describe('transaction', () => {
  it('lets transactions on one connection take turns, so a read-then-write is never overtaken', async () => {
    const db = await openTestDb();
    await transaction(db, (tx) => tx.insert(rateLimits).values({ key: 'k', count: 0, windowStart: 0 }));
    // Each increments by reading, waiting, then writing: interleaved, they would lose updates.
    const increment = () =>
      transaction(db, async (tx) => {
        const current = (await count(tx, 'k'))!;
        await tick();
        await tx
          .update(rateLimits)
          .set({ count: current + 1 })
          .where(eq(rateLimits.key, 'k'));
      });
    await Promise.all(Array.from({ length: 20 }, increment));
    expect(await count(db, 'k')).toBe(20);
  });

  it('stores nothing of a body that throws, and the next transaction runs', async () => {
    const db = await openTestDb();
    const failing = transaction(db, async (tx) => {
      await tx.insert(rateLimits).values({ key: 'lost', count: 1, windowStart: 0 });
      await tick();
      throw new Error('refused');
    });
    await expect(failing).rejects.toThrow('refused');
    await transaction(db, (tx) => tx.insert(rateLimits).values({ key: 'kept', count: 1, windowStart: 0 }));
    expect(await count(db, 'lost')).toBeUndefined();
    expect(await count(db, 'kept')).toBe(1);
  });

  it('nests a transaction begun inside another as a savepoint that can fail alone', async () => {
    const db = await openTestDb();
    await transaction(db, async (tx) => {
      await tx.insert(rateLimits).values({ key: 'outer', count: 1, windowStart: 0 });
      await expect(
        transaction(tx, async (inner) => {
          await inner.insert(rateLimits).values({ key: 'inner', count: 1, windowStart: 0 });
          throw new Error('inner refused');
        }),
      ).rejects.toThrow('inner refused');
    });
    expect(await count(db, 'outer')).toBe(1);
    expect(await count(db, 'inner')).toBeUndefined();
  });
});
