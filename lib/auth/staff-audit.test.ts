import { describe, expect, it } from 'vitest';
import { apiKeys, auditLog, users } from '@/db/schema';
import { CLI_ACTOR, type AuditActor } from '@/lib/audit/record';
import { openTestDb } from '@/tests/support/db';
import { createApiKey, revokeApiKey } from './api-keys';
import { createUser, setUserDisabled, setUserRole } from './users';

const admin: AuditActor = { userId: undefined, label: 'beheerder@example.nl' };
const password = 'een-lang-genoeg-wachtwoord';

function entries(db: Awaited<ReturnType<typeof openTestDb>>) {
  return db
    .select({ action: auditLog.action, actor: auditLog.actorLabel, target: auditLog.target, details: auditLog.details })
    .from(auditLog)
    .orderBy(auditLog.id)
    .all();
}

/** Makes every audit insert fail, as a full disk or a broken log would. */
function breakAuditLog(db: Awaited<ReturnType<typeof openTestDb>>) {
  db.$client.exec(`CREATE TRIGGER audit_log_broken BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'log unavailable'); END`);
}

describe('staff accounts in the audit log', () => {
  it('records who created an account, with its address and role, never its password', async () => {
    const db = await openTestDb();
    const created = await createUser({ db, email: 'Nieuw@Example.nl', name: 'Nieuw', role: 'coordinator', password, actor: admin });
    if (!created.ok) throw new Error('setup');
    expect(entries(db)).toEqual([
      {
        action: 'user.created',
        actor: 'beheerder@example.nl',
        target: `user:${created.user.id}`,
        details: { email: 'nieuw@example.nl', name: 'Nieuw', role: 'coordinator' },
      },
    ]);
    const stored = JSON.stringify(db.select().from(auditLog).all());
    expect(stored).not.toContain(password);
    expect(stored).not.toContain(db.select().from(users).get()!.passwordHash);
  });

  it('records nothing for an address that already exists', async () => {
    const db = await openTestDb();
    await createUser({ db, email: 'a@example.nl', role: 'admin', password, actor: CLI_ACTOR });
    expect(await createUser({ db, email: 'A@example.nl', role: 'coordinator', password, actor: admin })).toEqual({
      ok: false,
      reason: 'exists',
    });
    expect(entries(db).map((e) => e.action)).toEqual(['user.created']);
  });

  it('records a role change with the old and the new role, and nothing when the role stays', async () => {
    const db = await openTestDb();
    const created = await createUser({ db, email: 'a@example.nl', role: 'coordinator', password, actor: CLI_ACTOR });
    if (!created.ok) throw new Error('setup');
    const id = created.user.id;
    expect(await setUserRole({ db, id, role: 'admin', actor: admin })).toBe(true);
    expect(await setUserRole({ db, id, role: 'admin', actor: admin })).toBe(true);
    expect(entries(db).slice(1)).toEqual([
      {
        action: 'user.role_changed',
        actor: 'beheerder@example.nl',
        target: `user:${id}`,
        details: { email: 'a@example.nl', from: 'coordinator', to: 'admin' },
      },
    ]);
    expect(await setUserRole({ db, id: 999, role: 'admin', actor: admin })).toBe(false);
    expect(entries(db)).toHaveLength(2);
  });

  it('records disabling and enabling an account', async () => {
    const db = await openTestDb();
    const created = await createUser({ db, email: 'a@example.nl', role: 'coordinator', password, actor: CLI_ACTOR });
    if (!created.ok) throw new Error('setup');
    const id = created.user.id;
    await setUserDisabled({ db, id, disabled: true, actor: admin });
    await setUserDisabled({ db, id, disabled: false, actor: admin });
    expect(entries(db).slice(1)).toEqual([
      { action: 'user.disabled', actor: 'beheerder@example.nl', target: `user:${id}`, details: { email: 'a@example.nl' } },
      { action: 'user.enabled', actor: 'beheerder@example.nl', target: `user:${id}`, details: { email: 'a@example.nl' } },
    ]);
  });

  it('changes no account when its entry cannot be written', async () => {
    const db = await openTestDb();
    const created = await createUser({ db, email: 'a@example.nl', role: 'coordinator', password, actor: CLI_ACTOR });
    if (!created.ok) throw new Error('setup');
    breakAuditLog(db);
    await expect(createUser({ db, email: 'b@example.nl', role: 'admin', password, actor: admin })).rejects.toThrow('log unavailable');
    await expect(setUserRole({ db, id: created.user.id, role: 'admin', actor: admin })).rejects.toThrow('log unavailable');
    await expect(setUserDisabled({ db, id: created.user.id, disabled: true, actor: admin })).rejects.toThrow('log unavailable');
    expect(db.select({ email: users.email, role: users.role, disabledAt: users.disabledAt }).from(users).all()).toEqual([
      { email: 'a@example.nl', role: 'coordinator', disabledAt: null },
    ]);
  });
});

describe('API keys in the audit log', () => {
  it('records who created and who revoked a key, by name and display prefix, never the key', async () => {
    const db = await openTestDb();
    const { id, key } = await createApiKey({ db, name: 'Dashboard', actor: admin });
    expect(await revokeApiKey({ db, id, actor: CLI_ACTOR })).toBe(true);
    expect(await revokeApiKey({ db, id, actor: CLI_ACTOR })).toBe(false);
    const prefix = key.slice(0, 10);
    expect(entries(db)).toEqual([
      { action: 'api_key.created', actor: 'beheerder@example.nl', target: `api_key:${id}`, details: { name: 'Dashboard', prefix } },
      { action: 'api_key.revoked', actor: 'cli', target: `api_key:${id}`, details: { name: 'Dashboard', prefix } },
    ]);
    const stored = JSON.stringify(db.select().from(auditLog).all());
    expect(stored).not.toContain(key);
    expect(stored).not.toContain(db.select().from(apiKeys).get()!.keyHash);
  });

  it('creates or revokes no key when its entry cannot be written', async () => {
    const db = await openTestDb();
    const { id } = await createApiKey({ db, name: 'Blijft', actor: admin });
    breakAuditLog(db);
    await expect(createApiKey({ db, name: 'Nieuw', actor: admin })).rejects.toThrow('log unavailable');
    await expect(revokeApiKey({ db, id, actor: admin })).rejects.toThrow('log unavailable');
    expect(db.select({ name: apiKeys.name, revokedAt: apiKeys.revokedAt }).from(apiKeys).all()).toEqual([
      { name: 'Blijft', revokedAt: null },
    ]);
  });
});
