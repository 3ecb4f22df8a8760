import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { transaction } from '@/db/transaction';
import { libraries } from '@/db/schema';
import { recordAudit, type AuditActor } from '@/lib/audit/record';

/**
 * A coordinator marks a library's address as bouncing (after a permanent
 * refusal, say): eligibility leaves it out of every mailing until the address
 * is changed in the register, which clears the mark (lib/libraries/register.ts).
 */
export async function markAddressBouncing({
  db,
  libraryId,
  actor,
  now = new Date(),
}: {
  db: Db;
  libraryId: number;
  actor: AuditActor;
  now?: Date;
}) {
  // Immediate, like every mail write: a read-then-write that a sender commits into would fail with SQLITE_BUSY.
  return transaction(db, async (tx) => {
    const [library] = await tx.select().from(libraries).where(eq(libraries.id, libraryId)).limit(1);
    if (!library) return { ok: false as const };
    if (!library.emailBouncingAt) {
      await tx.update(libraries).set({ emailBouncingAt: now }).where(eq(libraries.id, libraryId));
      recordAudit(tx, {
        actor,
        action: 'library.email_bouncing',
        target: `library:${libraryId}`,
        at: now,
        details: { name: library.name, email: library.email },
      });
    }
    return { ok: true as const, name: library.name };
  });
}
