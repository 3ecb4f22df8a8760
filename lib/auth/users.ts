import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import { recordAudit, type AuditActor } from '@/lib/audit/record';
import { hashPassword } from './password';
import type { StaffRole } from './roles';

export type UserRow = typeof users.$inferSelect;
export type StaffUser = { id: number; email: string; name: string | null; role: StaffRole };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function toStaffUser(row: Pick<UserRow, 'id' | 'email' | 'name' | 'role'>): StaffUser {
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}

export function findUserByEmail({ db, email }: { db: Db; email: string }): UserRow | undefined {
  return db
    .select()
    .from(users)
    .where(eq(users.email, normalizeEmail(email)))
    .get();
}

/** The user behind a session token issued at `issuedAt` (epoch ms), unless disabled or signed out since. */
export function findSessionUser({ db, id, issuedAt }: { db: Db; id: number; issuedAt: number }): StaffUser | undefined {
  const row = db.select().from(users).where(eq(users.id, id)).get();
  if (!row || row.disabledAt) return undefined;
  if (row.sessionsValidFrom !== null && issuedAt < row.sessionsValidFrom) return undefined;
  return toStaffUser(row);
}

/** Voids every session token of the user issued before now (sign-out). */
export function endSessions({ db, id, now = new Date() }: { db: Db; id: number; now?: Date }): void {
  db.update(users).set({ sessionsValidFrom: now.getTime() }).where(eq(users.id, id)).run();
}

export function listUsers({ db }: { db: Db }): UserRow[] {
  return db.select().from(users).orderBy(asc(users.email)).all();
}

export type CreateUserResult = { ok: true; user: StaffUser } | { ok: false; reason: 'exists' };

const userTarget = (id: number) => `user:${id}`;

/** Makes an account; `actor` is recorded in the audit log, in the same transaction (the password never is). */
export async function createUser({
  db,
  email,
  name,
  role,
  password,
  actor,
}: {
  db: Db;
  email: string;
  name?: string | null;
  role: StaffRole;
  password: string;
  actor: AuditActor;
}): Promise<CreateUserResult> {
  const passwordHash = await hashPassword(password);
  return db.transaction((tx) => {
    const row = tx
      .insert(users)
      .values({ email: normalizeEmail(email), name: name?.trim() || null, role, passwordHash })
      .onConflictDoNothing({ target: users.email })
      .returning()
      .get();
    if (!row) return { ok: false, reason: 'exists' } as const;
    recordAudit(tx, {
      actor,
      action: 'user.created',
      target: userTarget(row.id),
      details: { email: row.email, name: row.name, role: row.role },
    });
    return { ok: true, user: toStaffUser(row) } as const;
  });
}

/** False for an unknown account. Setting the role it already has changes and records nothing. */
export function setUserRole({ db, id, role, actor }: { db: Db; id: number; role: StaffRole; actor: AuditActor }): boolean {
  return db.transaction((tx) => {
    const before = tx.select({ email: users.email, role: users.role }).from(users).where(eq(users.id, id)).get();
    if (!before) return false;
    if (before.role === role) return true;
    tx.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, id)).run();
    recordAudit(tx, {
      actor,
      action: 'user.role_changed',
      target: userTarget(id),
      details: { email: before.email, from: before.role, to: role },
    });
    return true;
  });
}

/**
 * Disabling also voids the account's sessions, as signing out does: enabling
 * it again must not revive a cookie someone kept from before.
 */
export function setUserDisabled({
  db,
  id,
  disabled,
  actor,
  now = new Date(),
}: {
  db: Db;
  id: number;
  disabled: boolean;
  actor: AuditActor;
  now?: Date;
}): boolean {
  return db.transaction((tx) => {
    const row = tx
      .update(users)
      .set(disabled ? { disabledAt: now, sessionsValidFrom: now.getTime(), updatedAt: now } : { disabledAt: null, updatedAt: now })
      .where(eq(users.id, id))
      .returning({ email: users.email })
      .get();
    if (!row) return false;
    recordAudit(tx, { actor, action: disabled ? 'user.disabled' : 'user.enabled', target: userTarget(id), details: { email: row.email } });
    return true;
  });
}
