import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { transaction } from '@/db/transaction';
import { invitations } from '@/db/schema';
import { recordAudit, type AuditActor } from '@/lib/audit/record';
import type { Edition } from '@/lib/editions/queries';
import { knownLibraries, storeLibraries, type LibraryRow, type RowProblem } from '@/lib/libraries/import';
import { importMessage } from '@/lib/libraries/messages';
import { libraryNameKey } from '@/lib/libraries/text';
import { createInvitation } from './create';

type ImportedInvitation = LibraryRow & { token: string; url: string; created: boolean };

export type InvitingImportResult =
  { ok: true; created: number; updated: number; invitations: ImportedInvitation[] } | { ok: false; problems: RowProblem[] };

/**
 * The CLI's import: adds or updates the libraries and gives each its
 * personal link for `edition`, all in one transaction with the audit
 * entries; a file with one bad row imports nothing. A library that already
 * has a link for the edition is refused unless `reissue` is set, since a new
 * link voids the old; a deactivated one is refused, as it would not be
 * invited otherwise either.
 */
export async function importLibrariesAndInvite({
  db,
  edition,
  rows,
  actor,
  reissue = false,
}: {
  db: Db;
  edition: Edition;
  rows: (LibraryRow & { line: number })[];
  actor: AuditActor;
  reissue?: boolean;
}): Promise<InvitingImportResult> {
  return transaction(db, async (tx) => {
    const byName = await knownLibraries(tx, rows);
    const invitedIds = reissue
      ? new Set<number>()
      : new Set(
          (await tx.select({ libraryId: invitations.libraryId }).from(invitations).where(eq(invitations.editionId, edition.id))).map(
            (i) => i.libraryId,
          ),
        );
    const problems = rows.flatMap((r) => {
      const known = byName.get(libraryNameKey(r.name));
      if (known?.deactivatedAt) return [{ line: r.line, message: importMessage('inactive', { name: known.name }) }];
      if (known && invitedIds.has(known.id))
        return [{ line: r.line, message: importMessage('alreadyInvited', { name: r.name, edition: edition.code }) }];
      return [];
    });
    if (problems.length > 0) return { ok: false as const, problems };

    const stored = await storeLibraries(tx, { rows, actor, known: byName, editionCode: edition.code });
    const created = stored.filter((s) => s.created).length;
    const result: ImportedInvitation[] = stored.map(({ row, id, created }) => {
      const invitation = createInvitation({ db: tx, editionId: edition.id, libraryId: id });
      return { name: row.name, province: row.province, email: row.email, token: invitation.token, url: invitation.url, created };
    });
    recordAudit(tx, {
      actor,
      action: 'invitations.created',
      target: `edition:${edition.code}`,
      details: { count: result.length, libraryIds: stored.map((s) => s.id), reissued: reissue },
    });
    return { ok: true as const, created, updated: stored.length - created, invitations: result };
  });
}
