import { describe, expect, it } from 'vitest';
import { openTestDb } from '@/tests/support/db';
import type { AuditAction } from './actions';
import { listAuditActors, listAuditEntries } from './queries';
import { recordAudit, type AuditActor } from './record';

const anna: AuditActor = { label: 'anna@example.nl' };
const bram: AuditActor = { label: 'bram@example.nl' };
const t0 = Date.UTC(2026, 2, 1, 9);

/** Entry i (1-based) is by anna when odd, bram when even; every third one creates a user. */
async function dbWithEntries(count: number) {
  const db = await openTestDb();
  for (let i = 1; i <= count; i++) {
    const action: AuditAction = i % 3 === 0 ? 'user.created' : 'api_key.revoked';
    recordAudit(db, { actor: i % 2 ? anna : bram, action, target: `thing:${i}`, details: { i }, at: new Date(t0 + i * 60_000) });
  }
  return db;
}

const ids = (page: { entries: { id: number }[] }) => page.entries.map((e) => e.id);

describe('reading the audit log', () => {
  it('lists the newest entries first, with who, what, when, target and details', async () => {
    const db = await dbWithEntries(3);
    const page = listAuditEntries({ db, filter: {}, limit: 50 });
    expect(ids(page)).toEqual([3, 2, 1]);
    expect(page.entries[0]).toEqual({
      id: 3,
      at: new Date(t0 + 180_000),
      actor: 'anna@example.nl',
      action: 'user.created',
      target: 'thing:3',
      details: { i: 3 },
    });
    expect(page).toMatchObject({ older: null, newer: null });
  });

  it('filters by action, by person, and by both', async () => {
    const db = await dbWithEntries(12);
    expect(ids(listAuditEntries({ db, filter: { action: 'user.created' }, limit: 50 }))).toEqual([12, 9, 6, 3]);
    expect(ids(listAuditEntries({ db, filter: { actor: 'bram@example.nl' }, limit: 50 }))).toEqual([12, 10, 8, 6, 4, 2]);
    expect(ids(listAuditEntries({ db, filter: { action: 'user.created', actor: 'anna@example.nl' }, limit: 50 }))).toEqual([9, 3]);
    expect(ids(listAuditEntries({ db, filter: { actor: 'niemand@example.nl' }, limit: 50 }))).toEqual([]);
  });

  it('pages through older and back to newer entries, within the filter', async () => {
    const db = await dbWithEntries(25);
    const first = listAuditEntries({ db, filter: { actor: 'anna@example.nl' }, limit: 5 });
    expect(ids(first)).toEqual([25, 23, 21, 19, 17]);
    expect(first).toMatchObject({ older: 17, newer: null });
    const second = listAuditEntries({ db, filter: { actor: 'anna@example.nl' }, before: first.older!, limit: 5 });
    expect(ids(second)).toEqual([15, 13, 11, 9, 7]);
    expect(second).toMatchObject({ older: 7, newer: 15 });
    const last = listAuditEntries({ db, filter: { actor: 'anna@example.nl' }, before: second.older!, limit: 5 });
    expect(ids(last)).toEqual([5, 3, 1]);
    expect(last).toMatchObject({ older: null, newer: 5 });
    const back = listAuditEntries({ db, filter: { actor: 'anna@example.nl' }, after: last.newer!, limit: 5 });
    expect(ids(back)).toEqual(ids(second));
    expect(back).toMatchObject({ older: 7, newer: 15 });
  });

  it('names every person who appears in the log once, in alphabetical order', async () => {
    expect(listAuditActors({ db: await dbWithEntries(4) })).toEqual(['anna@example.nl', 'bram@example.nl']);
  });
});
