import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { transaction } from '@/db/transaction';
import { invitations, libraries } from '@/db/schema';
import { recordAudit, type AuditActor } from '@/lib/audit/record';
import { editionPhase } from '@/lib/editions/phase';
import type { Edition } from '@/lib/editions/queries';
import { createInvitation } from './create';
import { getLinkKey, type LinkKey } from './link-key';

type InvitedLibrary = {
  invitationId: number;
  libraryId: number;
  name: string;
  province: string;
  email: string;
  token: string;
  url: string;
};
type SkippedLibrary = { libraryId: number; name: string; reason: 'invited' | 'inactive' };

export type InviteResult =
  | { ok: true; created: InvitedLibrary[]; skipped: SkippedLibrary[] }
  | { ok: false; reason: 'closed' }
  | { ok: false; reason: 'unknown-libraries'; libraryIds: number[] };

/**
 * Gives libraries their personal link for an edition, in one transaction:
 * every active library without one, or the selected `libraryIds`. A library
 * that has a link keeps it (inviting again never voids a link that was handed
 * out; replacing is a separate, deliberate step) and a deactivated one is not
 * invited; both are reported. A concept edition may be invited for (its links
 * say it has not opened yet), a closed one (closed early or past its closing moment) not.
 */
export async function inviteLibraries({
  db,
  edition,
  actor,
  libraryIds,
  key = getLinkKey(),
}: {
  db: Db;
  edition: Pick<Edition, 'id' | 'code' | 'status' | 'opensAt' | 'closesAt'>;
  actor: AuditActor;
  libraryIds?: number[];
  key?: LinkKey;
}): Promise<InviteResult> {
  if (editionPhase(edition) === 'closed') return { ok: false, reason: 'closed' };
  return transaction(db, async (tx) => {
    // The register holds a few hundred libraries: reading it whole keeps the
    // statement's bound variables independent of the selection's size.
    const register = await tx
      .select({
        id: libraries.id,
        name: libraries.name,
        province: libraries.province,
        email: libraries.email,
        deactivatedAt: libraries.deactivatedAt,
      })
      .from(libraries)
      .orderBy(libraries.name);
    const invited = new Set(
      (await tx.select({ libraryId: invitations.libraryId }).from(invitations).where(eq(invitations.editionId, edition.id))).map(
        (i) => i.libraryId,
      ),
    );
    const wanted = libraryIds ? new Set(libraryIds) : undefined;
    if (wanted) {
      const known = new Set(register.map((l) => l.id));
      const unknown = [...wanted].filter((id) => !known.has(id));
      if (unknown.length > 0) return { ok: false as const, reason: 'unknown-libraries' as const, libraryIds: unknown };
    }
    // "All" means the active ones; a selection is taken as asked, so a deactivated library in it is reported.
    const candidates = wanted ? register.filter((l) => wanted.has(l.id)) : register.filter((l) => !l.deactivatedAt);

    const created: InvitedLibrary[] = [];
    const skipped: SkippedLibrary[] = [];
    for (const library of candidates) {
      if (invited.has(library.id)) {
        skipped.push({ libraryId: library.id, name: library.name, reason: 'invited' });
      } else if (library.deactivatedAt) {
        skipped.push({ libraryId: library.id, name: library.name, reason: 'inactive' });
      } else {
        const { invitationId, token, url } = createInvitation({ db: tx, editionId: edition.id, libraryId: library.id, key });
        created.push({
          invitationId,
          libraryId: library.id,
          name: library.name,
          province: library.province,
          email: library.email,
          token,
          url,
        });
      }
    }
    if (created.length > 0) {
      recordAudit(tx, {
        actor,
        action: 'invitations.created',
        target: `edition:${edition.code}`,
        details: { count: created.length, libraryIds: created.map((c) => c.libraryId), skipped: skipped.length },
      });
    }
    return { ok: true as const, created, skipped };
  });
}

/** Active libraries that have no link for the edition yet: what "invite all" would invite. */
export async function listUninvitedLibraries({ db, editionId }: { db: Db; editionId: number }) {
  return db
    .select({ id: libraries.id, name: libraries.name, province: libraries.province, email: libraries.email })
    .from(libraries)
    .leftJoin(invitations, and(eq(invitations.libraryId, libraries.id), eq(invitations.editionId, editionId)))
    .where(and(isNull(invitations.id), isNull(libraries.deactivatedAt)))
    .orderBy(libraries.name);
}
