import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';
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
  return db.select().from(users).where(eq(users.email, normalizeEmail(email))).get();
}

/** The account behind a session, as it is now: a disabled or deleted account yields nothing. */
export function findActiveUserById({ db, id }: { db: Db; id: number }): StaffUser | undefined {
  const row = db.select().from(users).where(eq(users.id, id)).get();
  return row && !row.disabledAt ? toStaffUser(row) : undefined;
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
  db.update(users)
    .set({ sessionsValidFrom: now.getTime() })
    .where(eq(users.id, id))
    .run();
}

export function listUsers({ db }: { db: Db }): UserRow[] {
  return db.select().from(users).orderBy(asc(users.email)).all();
}

export type CreateUserResult = { ok: true; user: StaffUser } | { ok: false; reason: 'exists' };

export async function createUser({
  db,
  email,
  name,
  role,
  password,
}: {
  db: Db;
  email: string;
  name?: string | null;
  role: StaffRole;
  password: string;
}): Promise<CreateUserResult> {
  const passwordHash = await hashPassword(password);
  const row = db
    .insert(users)
    .values({ email: normalizeEmail(email), name: name?.trim() || null, role, passwordHash })
    .onConflictDoNothing({ target: users.email })
    .returning()
    .get();
  return row ? { ok: true, user: toStaffUser(row) } : { ok: false, reason: 'exists' };
}

export function setUserRole({ db, id, role }: { db: Db; id: number; role: StaffRole }): boolean {
  return db.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, id)).run().changes > 0;
}

/**
 * Disabling also voids the account's sessions, as signing out does: enabling
 * it again must not revive a cookie someone kept from before.
 */
export function setUserDisabled({ db, id, disabled, now = new Date() }: { db: Db; id: number; disabled: boolean; now?: Date }): boolean {
  return (
    db
      .update(users)
      .set(disabled ? { disabledAt: now, sessionsValidFrom: now.getTime(), updatedAt: now } : { disabledAt: null, updatedAt: now })
      .where(eq(users.id, id))
      .run().changes > 0
  );
}
