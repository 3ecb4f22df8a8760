import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '@/db/schema';
import type { StaffCaller } from '@/lib/auth/guard';
import { openTestDb } from '@/tests/support/db';
import { CLI_ACTOR, actorFromCaller, recordAudit } from './record';

describe('audit log', () => {
  it("records an entry with its actor, target and details, inside the caller's transaction", async () => {
    const db = await openTestDb();
    db.transaction((tx) => {
      recordAudit(tx, { actor: CLI_ACTOR, action: 'edition.opened', target: 'edition:2023-2024', details: { closesAt: 1 } });
    });
    const rows = db.select().from(auditLog).all();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorLabel: 'cli', action: 'edition.opened', target: 'edition:2023-2024', details: { closesAt: 1 } });
  });

  it('names an API key caller by its key', () => {
    const caller: StaffCaller = { kind: 'apiKey', keyId: 4, name: 'R-script', role: 'admin' };
    expect(actorFromCaller(caller)).toEqual({ apiKeyId: 4, label: 'api-key:R-script' });
  });

  it('refuses to change or delete an entry, even with plain SQL', async () => {
    const db = await openTestDb();
    recordAudit(db, { actor: CLI_ACTOR, action: 'libraries.imported' });
    expect(() => db.update(auditLog).set({ action: 'x' }).where(eq(auditLog.id, 1)).run()).toThrow(/append-only/);
    expect(() => db.$client.exec('DELETE FROM audit_log')).toThrow(/append-only/);
    expect(db.select().from(auditLog).all()).toHaveLength(1);
  });
});
