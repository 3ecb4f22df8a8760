import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { transaction } from '@/db/transaction';
import { invitations } from '@/db/schema';

/**
 * Records the first visit of a link (monitoring's "opened"). Only the first
 * visit writes: once set, the read finds it and nothing is written, so a
 * page view costs one indexed look-up (the write's condition still guards
 * two first visits at once). Saves set it too
 * (lib/responses/save.ts), for clients that never GET.
 */
export async function markInvitationOpened({
  db,
  invitationId,
  now = new Date(),
}: {
  db: Db;
  invitationId: number;
  now?: Date;
}): Promise<void> {
  // Read first: a transaction takes the write lock, which a page view of an opened link must not need.
  const [row] = await db.select({ firstOpenedAt: invitations.firstOpenedAt }).from(invitations).where(eq(invitations.id, invitationId));
  if (!row || row.firstOpenedAt) return;
  await transaction(db, async (tx) => {
    await tx
      .update(invitations)
      .set({ firstOpenedAt: now })
      .where(and(eq(invitations.id, invitationId), isNull(invitations.firstOpenedAt)));
  });
}
