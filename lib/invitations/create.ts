import type { Db } from '@/db/client';
import { invitations } from '@/db/schema';
import { appUrl } from '@/lib/env';
import { encryptToken } from './link-cipher';
import { getLinkKey, type LinkKey } from './link-key';
import { generateInvitationToken, hashInvitationToken } from './token';

export function invitationUrl(token: string): string {
  return `${appUrl()}/r/${token}`;
}

/**
 * Makes a library's personal link for an edition: the token's hash for
 * look-ups, and the token encrypted under the link key so staff can show it
 * again (lib/invitations/links.ts). An existing invitation for the pair gets
 * a new token: the old one stops working at once. Pass a transaction as `db`
 * to make it part of a larger change.
 */
export function createInvitation({
  db,
  editionId,
  libraryId,
  key = getLinkKey(),
}: {
  db: Db;
  editionId: number;
  libraryId: number;
  key?: LinkKey;
}) {
  const token = generateInvitationToken();
  const link = { tokenHash: hashInvitationToken(token), tokenEncrypted: encryptToken(token, { editionId, libraryId }, key) };
  const row = db
    .insert(invitations)
    .values({ editionId, libraryId, ...link })
    .onConflictDoUpdate({ target: [invitations.editionId, invitations.libraryId], set: link })
    .returning({ id: invitations.id })
    .get();
  return { invitationId: row.id, token, url: invitationUrl(token) };
}
