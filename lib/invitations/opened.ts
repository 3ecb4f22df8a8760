import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { invitations } from '@/db/schema';

/**
 * Records the first visit of a link (monitoring's "opened"). Only the first
 * visit writes: once set, the condition matches no row and SQLite skips the
 * write, so a page view costs one indexed look-up. Saves set it too
 * (lib/responses/save.ts), for clients that never GET.
 */
export function markInvitationOpened({ db, invitationId, now = new Date() }: { db: Db; invitationId: number; now?: Date }): void {
  db.update(invitations)
    .set({ firstOpenedAt: now })
    .where(and(eq(invitations.id, invitationId), isNull(invitations.firstOpenedAt)))
    .run();
}
