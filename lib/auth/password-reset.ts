import { randomInt } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { transaction } from '@/db/transaction';
import { users } from '@/db/schema';
import { recordAudit, type AuditActor } from '@/lib/audit/record';
import { hashPassword } from './password';

// No 0/o, 1/l/i: a generated password is read off a screen and typed or passed on.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const GROUPS = 4;
const GROUP_LENGTH = 5;

/** A temporary password of 4 groups of 5 characters ("k7m2p-…"): about 99 random bits, 23 characters. */
export function generatePassword(): string {
  return Array.from({ length: GROUPS }, () =>
    Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
  ).join('-');
}

/**
 * An admin (or the CLI) sets another account's password, when its owner has
 * forgotten it or it may be known to someone else. Every session of the
 * account from before ends, as when it is disabled: whoever held the old
 * password may still be signed in. The entry says whether the password was
 * generated, never the password.
 */
export async function resetUserPassword({
  db,
  id,
  password,
  generated,
  actor,
  now = new Date(),
}: {
  db: Db;
  id: number;
  password: string;
  generated: boolean;
  actor: AuditActor;
  now?: Date;
}): Promise<{ ok: true; email: string } | { ok: false }> {
  const passwordHash = await hashPassword(password);
  return transaction(db, async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ passwordHash, sessionsValidFrom: now.getTime(), updatedAt: now })
      .where(eq(users.id, id))
      .returning({ email: users.email });
    if (!row) return { ok: false } as const;
    recordAudit(tx, { actor, action: 'user.password_reset', target: `user:${id}`, details: { email: row.email, generated } });
    return { ok: true, email: row.email } as const;
  });
}
