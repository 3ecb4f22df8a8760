import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { libraries } from '@/db/schema';
import { recordAudit, type AuditActor } from '@/lib/audit/record';

/**
 * A coordinator marks a library's address as bouncing (after a permanent
 * refusal, say): eligibility leaves it out of every mailing until the address
 * is changed in the register, which clears the mark (lib/libraries/register.ts).
 */
export function markAddressBouncing({
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
  return db.transaction(
    (tx) => {
      const library = tx.select().from(libraries).where(eq(libraries.id, libraryId)).get();
      if (!library) return { ok: false as const };
      if (!library.emailBouncingAt) {
        tx.update(libraries).set({ emailBouncingAt: now }).where(eq(libraries.id, libraryId)).run();
        recordAudit(tx, {
          actor,
          action: 'library.email_bouncing',
          target: `library:${libraryId}`,
          at: now,
          details: { name: library.name, email: library.email },
        });
      }
      return { ok: true as const, name: library.name };
    },
    { behavior: 'immediate' },
  );
}
