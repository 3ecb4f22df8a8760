import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { transaction } from '@/db/transaction';
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

export async function findUserByEmail({ db, email }: { db: Db; email: string }): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(eq(users.email, normalizeEmail(email)));
  return row;
}

/** The user behind a session token issued at `issuedAt` (epoch ms), unless disabled or signed out since. */
export async function findSessionUser({ db, id, issuedAt }: { db: Db; id: number; issuedAt: number }): Promise<StaffUser | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  if (!row || row.disabledAt) return undefined;
  if (row.sessionsValidFrom !== null && issuedAt < row.sessionsValidFrom) return undefined;
  return toStaffUser(row);
}

/** Voids every session token of the user issued before now (sign-out). */
export async function endSessions({ db, id, now = new Date() }: { db: Db; id: number; now?: Date }): Promise<void> {
  await transaction(db, async (tx) => {
    await tx.update(users).set({ sessionsValidFrom: now.getTime() }).where(eq(users.id, id));
  });
}

export async function listUsers({ db }: { db: Db }): Promise<UserRow[]> {
  return db.select().from(users).orderBy(asc(users.email));
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
  return transaction(db, async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({ email: normalizeEmail(email), name: name?.trim() || null, role, passwordHash })
      .onConflictDoNothing({ target: users.email })
      .returning();
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
export async function setUserRole({ db, id, role, actor }: { db: Db; id: number; role: StaffRole; actor: AuditActor }): Promise<boolean> {
  return transaction(db, async (tx) => {
    const [before] = await tx.select({ email: users.email, role: users.role }).from(users).where(eq(users.id, id));
    if (!before) return false;
    if (before.role === role) return true;
    await tx.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, id));
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
export async function setUserDisabled({
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
}): Promise<boolean> {
  return transaction(db, async (tx) => {
    const [row] = await tx
      .update(users)
      .set(disabled ? { disabledAt: now, sessionsValidFrom: now.getTime(), updatedAt: now } : { disabledAt: null, updatedAt: now })
      .where(eq(users.id, id))
      .returning({ email: users.email });
    if (!row) return false;
    recordAudit(tx, { actor, action: disabled ? 'user.disabled' : 'user.enabled', target: userTarget(id), details: { email: row.email } });
    return true;
  });
}
