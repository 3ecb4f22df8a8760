import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { invitations, libraries } from '@/db/schema';
import { createInvitation } from '@/lib/invitations/create';
import type { Edition } from '@/lib/editions/queries';
import { recordAudit, type AuditActor } from '@/lib/audit/record';
import type { LibraryRow, RowProblem } from './csv';
import { importMessage } from './messages';
import { libraryNameKey } from './text';

export { parseLibrariesCsv, type LibraryRow, type RowProblem } from './csv';

export type ImportedInvitation = LibraryRow & { token: string; url: string; created: boolean };

export type ImportResult =
  | { ok: true; created: number; updated: number; invitations: ImportedInvitation[] }
  | { ok: false; problems: RowProblem[] };

/**
 * Adds or updates the libraries, all in one transaction with its audit
 * entries; a file with one bad row imports nothing. With an `edition`, each
 * library also gets its personal link for it (the CLI's import). A library
 * that already has a link for the edition is refused unless `reissue` is set,
 * since a new link voids the old; a deactivated one is refused, as it would
 * not be invited otherwise either. A row without a size class (no column)
 * leaves a known library's size class as it is.
 */
export function importLibraries({
  db,
  edition,
  rows,
  actor,
  reissue = false,
}: {
  db: Db;
  edition?: Edition;
  rows: (LibraryRow & { line: number })[];
  actor: AuditActor;
  reissue?: boolean;
}): ImportResult {
  return db.transaction((tx) => {
    const txDb = tx as unknown as Db;
    // Whole tables rather than an IN (...) over the file's names: no limit on
    // SQLite's bound variables for large files, and names match case-blind
    // the same way the file's own duplicates are found. The network has a few
    // hundred libraries, so this stays small. Stored names are keyed the same
    // way as the file's, so one stored before names were normalised is found.
    const wanted = new Set(rows.map((r) => libraryNameKey(r.name)));
    const existing = tx
      .select()
      .from(libraries)
      .all()
      .filter((l) => wanted.has(libraryNameKey(l.name)));
    const byName = new Map(existing.map((l) => [libraryNameKey(l.name), l]));
    if (edition) {
      const invitedIds = reissue
        ? new Set<number>()
        : new Set(
            tx
              .select({ libraryId: invitations.libraryId })
              .from(invitations)
              .where(eq(invitations.editionId, edition.id))
              .all()
              .map((i) => i.libraryId),
          );
      const problems = rows.flatMap((r) => {
        const known = byName.get(libraryNameKey(r.name));
        if (known?.deactivatedAt) return [{ line: r.line, message: importMessage('inactive', { name: known.name }) }];
        if (known && invitedIds.has(known.id)) return [{ line: r.line, message: importMessage('alreadyInvited', { name: r.name, edition: edition.code }) }];
        return [];
      });
      if (problems.length > 0) return { ok: false as const, problems };
    }

    const now = new Date();
    const stored = rows.map((row) => {
      const known = byName.get(libraryNameKey(row.name));
      const values = { province: row.province, email: row.email, ...(row.sizeClass !== undefined ? { sizeClass: row.sizeClass } : {}) };
      // A changed address is a new chance to reach the library, as when it is edited on its page (register.ts).
      const id = known
        ? tx
            .update(libraries)
            .set({ ...values, updatedAt: now, ...(known.email !== row.email ? { emailBouncingAt: null } : {}) })
            .where(eq(libraries.id, known.id))
            .returning({ id: libraries.id })
            .get().id
        : tx.insert(libraries).values({ name: row.name, ...values }).returning({ id: libraries.id }).get().id;
      return { row, id, created: !known };
    });
    const created = stored.filter((s) => s.created).length;
    recordAudit(tx, {
      actor,
      action: 'libraries.imported',
      target: edition ? `edition:${edition.code}` : undefined,
      details: { created, updated: stored.length - created, edition: edition?.code ?? null },
    });
    if (!edition) return { ok: true as const, created, updated: stored.length - created, invitations: [] };

    const result: ImportedInvitation[] = stored.map(({ row, id, created }) => {
      const invitation = createInvitation({ db: txDb, editionId: edition.id, libraryId: id });
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
