import { asc, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { invitations, libraries } from '@/db/schema';

export type InvitationListItem = {
  invitationId: number;
  libraryId: number;
  name: string;
  province: string;
  email: string;
  libraryActive: boolean;
  createdAt: Date;
  /** False for invitations made before links were kept: they can only be replaced. */
  showable: boolean;
};

/** An edition's invitations by library name, without anything secret. */
export async function listInvitations({ db, editionId }: { db: Db; editionId: number }): Promise<InvitationListItem[]> {
  const rows = await db
    .select({
      invitationId: invitations.id,
      libraryId: libraries.id,
      name: libraries.name,
      province: libraries.province,
      email: libraries.email,
      deactivatedAt: libraries.deactivatedAt,
      createdAt: invitations.createdAt,
      showable: isNotNull(invitations.tokenEncrypted),
    })
    .from(invitations)
    .innerJoin(libraries, eq(libraries.id, invitations.libraryId))
    .where(eq(invitations.editionId, editionId))
    .orderBy(asc(libraries.name));
  return rows.map(({ deactivatedAt, showable, ...row }) => ({ ...row, libraryActive: !deactivatedAt, showable: Boolean(showable) }));
}
