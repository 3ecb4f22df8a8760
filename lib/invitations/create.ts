import type { Db } from '@/db/client';
import { invitations } from '@/db/schema';
import { appUrl } from '@/lib/env';
import { generateInvitationToken, hashInvitationToken } from './token';

export function invitationUrl(token: string): string {
  return `${appUrl()}/r/${token}`;
}

/**
 * Makes a library's personal link for an edition. The token is returned once
 * and never stored, so the caller must hand it on (print, mail) right away.
 * An existing invitation for the pair gets a new token.
 */
export function createInvitation({ db, editionId, libraryId }: { db: Db; editionId: number; libraryId: number }) {
  const token = generateInvitationToken();
  const row = db
    .insert(invitations)
    .values({ editionId, libraryId, tokenHash: hashInvitationToken(token) })
    // Asking again replaces the link: the old token stops working.
    .onConflictDoUpdate({ target: [invitations.editionId, invitations.libraryId], set: { tokenHash: hashInvitationToken(token) } })
    .returning({ id: invitations.id })
    .get();
  return { invitationId: row.id, token, url: invitationUrl(token) };
}
