import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { transaction } from '@/db/transaction';
import { libraries } from '@/db/schema';
import { recordAudit, type AuditActor } from '@/lib/audit/record';
import type { LibraryRow, RowProblem } from './csv';
import { libraryNameKey } from './text';

export { parseLibrariesCsv, type LibraryRow, type RowProblem } from './csv';

export type ImportResult = { ok: true; created: number; updated: number } | { ok: false; problems: RowProblem[] };

export type StoredLibrary = { row: LibraryRow; id: number; created: boolean };

/**
 * Adds or updates the libraries, all in one transaction with its audit
 * entry; a file with one bad row imports nothing. A row without a size class
 * (no column) leaves a known library's size class as it is. The CLI's
 * import, which also invites them to an edition, is
 * lib/invitations/import.ts.
 */
export async function importLibraries({
  db,
  rows,
  actor,
}: {
  db: Db;
  rows: (LibraryRow & { line: number })[];
  actor: AuditActor;
}): Promise<ImportResult> {
  return transaction(db, async (tx) => {
    const stored = await storeLibraries(tx, { rows, actor, known: await knownLibraries(tx, rows) });
    const created = stored.filter((s) => s.created).length;
    return { ok: true as const, created, updated: stored.length - created };
  });
}

/**
 * The stored libraries the file names, by name key. Whole table rather than
 * an IN (...) over the file's names: no limit on SQLite's bound variables for
 * large files, and names match case-blind the same way the file's own
 * duplicates are found. The network has a few hundred libraries, so this
 * stays small. Stored names are keyed the same way as the file's, so one
 * stored before names were normalised is found.
 */
export async function knownLibraries(tx: Db, rows: LibraryRow[]): Promise<Map<string, typeof libraries.$inferSelect>> {
  const wanted = new Set(rows.map((r) => libraryNameKey(r.name)));
  const existing = (await tx.select().from(libraries)).filter((l) => wanted.has(libraryNameKey(l.name)));
  return new Map(existing.map((l) => [libraryNameKey(l.name), l]));
}

/** Writes the rows inside the caller's transaction, with the import's audit entry (`editionCode` when it invites for one). */
export async function storeLibraries(
  tx: Db,
  {
    rows,
    actor,
    known: byName,
    editionCode,
  }: { rows: LibraryRow[]; actor: AuditActor; known: Map<string, typeof libraries.$inferSelect>; editionCode?: string },
): Promise<StoredLibrary[]> {
  const now = new Date();
  const stored: StoredLibrary[] = [];
  // One statement per row, in the caller's one transaction: a file holds a few hundred libraries.
  for (const row of rows) {
    const known = byName.get(libraryNameKey(row.name));
    const values = { province: row.province, email: row.email, ...(row.sizeClass !== undefined ? { sizeClass: row.sizeClass } : {}) };
    // A changed address is a new chance to reach the library, as when it is edited on its page (register.ts).
    const [{ id }] = known
      ? await tx
          .update(libraries)
          .set({ ...values, updatedAt: now, ...(known.email !== row.email ? { emailBouncingAt: null } : {}) })
          .where(eq(libraries.id, known.id))
          .returning({ id: libraries.id })
      : await tx
          .insert(libraries)
          .values({ name: row.name, ...values })
          .returning({ id: libraries.id });
    stored.push({ row, id, created: !known });
  }
  const created = stored.filter((s) => s.created).length;
  recordAudit(tx, {
    actor,
    action: 'libraries.imported',
    target: editionCode ? `edition:${editionCode}` : undefined,
    details: { created, updated: stored.length - created, edition: editionCode ?? null },
  });
  return stored;
}
