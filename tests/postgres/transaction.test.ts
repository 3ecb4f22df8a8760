import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { auditLog, rateLimits } from '@/db/schema-pg';
import { asDb, type Db } from '@/db/client';
import { closePostgres, openPostgres, type PgDb } from '@/db/postgres';
import { transaction } from '@/db/transaction';
import { serialize } from '@/db/dialect';
import { createTestPostgres, type TestPostgres } from '../support/postgres';

/*
 * db/transaction.ts and serialize() on a real PostgreSQL database, opened as the app opens it
 * (db/postgres.ts's pool, handed to domain code as `Db`). Rows are written with db/schema-pg's
 * tables, since this file runs whichever dialect DATABASE_URL names.
 */
let postgres: TestPostgres;
let db: Db;

beforeAll(async () => {
  postgres = await createTestPostgres();
  db = asDb(postgres.db);
});
afterAll(async () => {
  await postgres?.drop();
});

const pgOf = (handle: Db) => handle as unknown as PgDb;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function keys(handle: Db, prefix: string): Promise<string[]> {
  const rows = await pgOf(handle).select({ key: rateLimits.key }).from(rateLimits).orderBy(asc(rateLimits.key));
  return rows.map((row) => row.key).filter((key) => key.startsWith(prefix));
}

const put = (handle: Db, key: string) => pgOf(handle).insert(rateLimits).values({ key, count: 1, windowStart: 0 });

describe('transaction() on PostgreSQL', () => {
  it('commits what the body wrote', async () => {
    await expect(transaction(db, async (tx) => (await put(tx, 'commit:a'), 'done'))).resolves.toBe('done');
    expect(await keys(db, 'commit:')).toEqual(['commit:a']);
  });

  it('stores nothing of a body that throws, and the pool goes on', async () => {
    const failing = transaction(db, async (tx) => {
      await put(tx, 'rollback:lost');
      await sleep(5);
      throw new Error('refused');
    });
    await expect(failing).rejects.toThrow('refused');
    expect(await keys(db, 'rollback:')).toEqual([]);
    await transaction(db, (tx) => put(tx, 'rollback:kept'));
    expect(await keys(db, 'rollback:')).toEqual(['rollback:kept']);
  });

  it('makes a nested transaction a savepoint: an inner throw caught undoes only the inner part', async () => {
    await transaction(db, async (tx) => {
      await put(tx, 'nested:outer-before');
      // Begun on tx and on the pool's db: both run on the outer transaction's connection.
      for (const handle of [tx, db]) {
        const inner = transaction(handle, async (innerTx) => {
          await put(innerTx, `nested:inner-${handle === tx ? 'tx' : 'db'}`);
          throw new Error('inner refused');
        });
        await expect(inner).rejects.toThrow('inner refused');
      }
      await transaction(tx, (innerTx) => put(innerTx, 'nested:inner-kept'));
      await put(tx, 'nested:outer-after');
    });
    expect(await keys(db, 'nested:')).toEqual(['nested:inner-kept', 'nested:outer-after', 'nested:outer-before']);
  });

  it('lets the outer transaction go on after a statement failing inside a savepoint', async () => {
    // PostgreSQL aborts the whole transaction on a failed statement; ROLLBACK TO the savepoint revives it.
    await transaction(db, async (tx) => {
      await put(tx, 'failed-statement:first');
      await expect(transaction(tx, (innerTx) => put(innerTx, 'failed-statement:first'))).rejects.toThrow();
      await put(tx, 'failed-statement:second');
    });
    expect(await keys(db, 'failed-statement:')).toEqual(['failed-statement:first', 'failed-statement:second']);
  });

  it('keeps sibling savepoints begun at once apart: one failing undoes only its own part', async () => {
    await transaction(db, async (tx) => {
      const failing = transaction(tx, async (innerTx) => {
        await put(innerTx, 'siblings:lost');
        await sleep(20);
        throw new Error('sibling refused');
      });
      const kept = transaction(tx, async (innerTx) => {
        await sleep(5);
        await put(innerTx, 'siblings:kept');
        // A savepoint inside a savepoint waits only for its own siblings.
        await transaction(innerTx, (deeperTx) => put(deeperTx, 'siblings:deeper'));
        await sleep(40);
      });
      const [failed, succeeded] = await Promise.allSettled([failing, kept]);
      expect(failed).toMatchObject({ status: 'rejected', reason: new Error('sibling refused') });
      expect(succeeded.status).toBe('fulfilled');
    });
    expect(await keys(db, 'siblings:')).toEqual(['siblings:deeper', 'siblings:kept']);
  });

  it('rolls back the nested parts too when the outer body throws', async () => {
    const failing = transaction(db, async (tx) => {
      await transaction(tx, (innerTx) => put(innerTx, 'outer-throws:inner'));
      throw new Error('outer refused');
    });
    await expect(failing).rejects.toThrow('outer refused');
    expect(await keys(db, 'outer-throws:')).toEqual([]);
  });

  it("keeps two concurrent transactions on one pool from seeing each other's uncommitted rows", async () => {
    let written!: () => void;
    const aWrote = new Promise<void>((resolve) => (written = resolve));
    let looked!: () => void;
    const bLooked = new Promise<void>((resolve) => (looked = resolve));
    const a = transaction(db, async (tx) => {
      await put(tx, 'isolation:a');
      written();
      await bLooked;
      return keys(tx, 'isolation:');
    });
    const b = transaction(db, async (tx) => {
      await aWrote;
      const seen = await keys(tx, 'isolation:');
      const outside = await keys(db, 'isolation:');
      looked();
      return { seen, outside };
    });
    expect(await a).toEqual(['isolation:a']);
    expect(await b).toEqual({ seen: [], outside: [] });
    expect(await keys(db, 'isolation:')).toEqual(['isolation:a']);
  });
});

describe('serialize() on PostgreSQL', () => {
  // Two pools on one database are two app instances: no queue in this process orders them.
  async function race(key: string, exclusive: boolean): Promise<number> {
    const instances = [openPostgres(postgres.url, { max: 2 }), openPostgres(postgres.url, { max: 2 })];
    try {
      const claim = (instance: PgDb) =>
        transaction(asDb(instance), async (tx) => {
          if (exclusive) await serialize(tx, key);
          const existing = await pgOf(tx).select().from(auditLog).where(eq(auditLog.target, key));
          // Long enough for the other instance's check to run in between, were nothing to stop it.
          await sleep(100);
          if (existing.length === 0) await pgOf(tx).insert(auditLog).values({ actorLabel: 'test', action: 'claim', target: key });
        });
      await Promise.all(instances.map(claim));
      return (await pgOf(db).select().from(auditLog).where(eq(auditLog.target, key))).length;
    } finally {
      await Promise.all(instances.map(closePostgres));
    }
  }

  it('lets a check-then-insert race between two instances double without it', async () => {
    expect(await race('race:unguarded', false)).toBe(2);
  });

  it('makes the check-then-insert exclusive across two instances: exactly one insert', async () => {
    expect(await race('race:serialized', true)).toBe(1);
  });

  it('throws outside a transaction, on the pool and after the transaction ended', async () => {
    await expect(serialize(db, 'outside:1')).rejects.toThrow('outside transaction()');
    let ended!: Db;
    await transaction(db, (tx) => {
      ended = tx;
    });
    await expect(serialize(ended, 'outside:2')).rejects.toThrow('outside transaction()');
  });
});
