import { describe, expect, it } from 'vitest';
import { auditLog, users } from '@/db/schema';
import type { AuditActor } from '@/lib/audit/record';
import { openTestDb } from '@/tests/support/db';
import { generatePassword, resetUserPassword } from './password-reset';
import { MIN_PASSWORD_LENGTH, newPasswordSchema, verifyPassword } from './password';
import { createUser, findSessionUser } from './users';

const admin: AuditActor = { userId: undefined, label: 'beheerder@example.nl' };
const oldPassword = 'het-oude-lange-wachtwoord';
const newPassword = 'een-nieuw-tijdelijk-wachtwoord';

async function coordinator() {
  const db = await openTestDb();
  const created = await createUser({ db, email: 'collega@example.nl', role: 'coordinator', password: oldPassword, actor: admin });
  if (!created.ok) throw new Error('setup');
  return { db, id: created.user.id };
}

describe('resetting a password', () => {
  it('replaces the password, voids the sessions from before and records who did it, never the password', async () => {
    const { db, id } = await coordinator();
    const signIn = 1_800_000_000_000;
    expect(await findSessionUser({ db, id, issuedAt: signIn })).toBeDefined();

    const result = await resetUserPassword({
      db,
      id,
      password: newPassword,
      generated: false,
      actor: admin,
      now: new Date(signIn + 1_000),
    });
    expect(result).toEqual({ ok: true, email: 'collega@example.nl' });

    const row = db.select().from(users).get()!;
    expect(await verifyPassword(row.passwordHash, newPassword)).toBe(true);
    expect(await verifyPassword(row.passwordHash, oldPassword)).toBe(false);
    expect(await findSessionUser({ db, id, issuedAt: signIn })).toBeUndefined();
    expect(await findSessionUser({ db, id, issuedAt: signIn + 2_000 })).toBeDefined();

    const entries = db
      .select({ action: auditLog.action, actor: auditLog.actorLabel, target: auditLog.target, details: auditLog.details })
      .from(auditLog)
      .all();
    expect(entries.at(-1)).toEqual({
      action: 'user.password_reset',
      actor: 'beheerder@example.nl',
      target: `user:${id}`,
      details: { email: 'collega@example.nl', generated: false },
    });
    const stored = JSON.stringify(db.select().from(auditLog).all());
    expect(stored).not.toContain(newPassword);
    expect(stored).not.toContain(row.passwordHash);
  });

  it('changes and records nothing for an account that does not exist', async () => {
    const { db } = await coordinator();
    const before = db.select().from(auditLog).all().length;
    expect(await resetUserPassword({ db, id: 999, password: newPassword, generated: false, actor: admin })).toEqual({ ok: false });
    expect(db.select().from(auditLog).all()).toHaveLength(before);
  });

  it('generates passwords that pass the rules for new passwords and differ each time', () => {
    const passwords = new Set(Array.from({ length: 20 }, () => generatePassword()));
    expect(passwords.size).toBe(20);
    for (const password of passwords) {
      expect(password.length).toBeGreaterThanOrEqual(MIN_PASSWORD_LENGTH);
      expect(newPasswordSchema.safeParse(password).success).toBe(true);
    }
  });
});
