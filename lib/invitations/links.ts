import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { transaction } from '@/db/transaction';
import { editions, invitations, libraries } from '@/db/schema';
import { recordAudit, type AuditActor } from '@/lib/audit/record';
import { createInvitation, invitationUrl } from './create';
import { decryptToken } from './link-cipher';
import { getLinkKey, type LinkKey } from './link-key';
import { hashInvitationToken } from './token';

async function findInvitation(db: Db, invitationId: number) {
  const [row] = await db
    .select({
      id: invitations.id,
      editionId: invitations.editionId,
      libraryId: invitations.libraryId,
      tokenHash: invitations.tokenHash,
      tokenEncrypted: invitations.tokenEncrypted,
      library: libraries.name,
      edition: editions.code,
    })
    .from(invitations)
    .innerJoin(libraries, eq(libraries.id, invitations.libraryId))
    .innerJoin(editions, eq(editions.id, invitations.editionId))
    .where(eq(invitations.id, invitationId));
  return row;
}

export type ShownLink =
  { ok: true; url: string; library: string; edition: string } | { ok: false; reason: 'unknown' | 'not-kept' | 'unreadable' };

/**
 * A library's current link, to hand to it again. `not-kept`: the invitation
 * predates kept links (only its hash exists); `unreadable`: the link key is
 * not the one it was kept under. In both cases the link still works and
 * replacing it gives one that can be shown. Every showing is recorded.
 */
export async function showInvitationLink({
  db,
  invitationId,
  actor,
  key = getLinkKey(),
}: {
  db: Db;
  invitationId: number;
  actor: AuditActor;
  key?: LinkKey;
}): Promise<ShownLink> {
  return transaction(db, async (tx) => {
    const found = await findInvitation(tx, invitationId);
    if (!found) return { ok: false as const, reason: 'unknown' as const };
    if (!found.tokenEncrypted) return { ok: false as const, reason: 'not-kept' as const };
    const token = decryptToken(found.tokenEncrypted, found, key);
    // The hash check also refuses a ciphertext left behind by a replacement that only half happened.
    if (!token || hashInvitationToken(token) !== found.tokenHash) return { ok: false as const, reason: 'unreadable' as const };
    recordAudit(tx, {
      actor,
      action: 'invitation.link_shown',
      target: `invitation:${found.id}`,
      details: { edition: found.edition, library: found.library },
    });
    return { ok: true as const, url: invitationUrl(token), library: found.library, edition: found.edition };
  });
}

export type ReplacedLink = { ok: true; url: string; token: string; library: string; edition: string } | { ok: false; reason: 'unknown' };

/**
 * A new link for the library, in the same row: the old token stops working
 * with this transaction's commit. Answers belong to the library and edition,
 * not to the token, so they stay.
 */
export async function replaceInvitationLink({
  db,
  invitationId,
  actor,
  key = getLinkKey(),
}: {
  db: Db;
  invitationId: number;
  actor: AuditActor;
  key?: LinkKey;
}): Promise<ReplacedLink> {
  return transaction(db, async (tx) => {
    const found = await findInvitation(tx, invitationId);
    if (!found) return { ok: false as const, reason: 'unknown' as const };
    const { token, url } = createInvitation({ db: tx, editionId: found.editionId, libraryId: found.libraryId, key });
    recordAudit(tx, {
      actor,
      action: 'invitation.link_replaced',
      target: `invitation:${found.id}`,
      details: { edition: found.edition, library: found.library },
    });
    return { ok: true as const, url, token, library: found.library, edition: found.edition };
  });
}
