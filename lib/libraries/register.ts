import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { transaction } from '@/db/transaction';
import { libraries } from '@/db/schema';
import { recordAudit, type AuditActor } from '@/lib/audit/record';
import type { LibraryInput } from './forms';
import { findLibraryByNameKey, getLibrary, type Library } from './queries';

export type RegisterResult =
  { ok: true; library: Library; changed: boolean } | { ok: false; reason: 'duplicate'; name: string } | { ok: false; reason: 'unknown' };

const editable = ['name', 'province', 'email', 'sizeClass'] as const;

/**
 * Adds a library to the register. Names are unique as the import sees them:
 * a name that differs from another only in case, spacing or Unicode form is
 * the same library, refused with that library's name.
 */
export async function createLibrary({ db, input, actor }: { db: Db; input: LibraryInput; actor: AuditActor }): Promise<RegisterResult> {
  return transaction(db, async (tx) => {
    const same = await findLibraryByNameKey({ db: tx, name: input.name });
    if (same) return { ok: false as const, reason: 'duplicate' as const, name: same.name };
    const [library] = await tx.insert(libraries).values(input).returning();
    recordAudit(tx, { actor, action: 'library.created', target: `library:${library.id}`, details: { ...input } });
    return { ok: true as const, library, changed: true };
  });
}

/** Changes a library's fields; the audit entry holds each changed field's old and new value. */
export async function updateLibrary({
  db,
  id,
  input,
  actor,
  now = new Date(),
}: {
  db: Db;
  id: number;
  input: LibraryInput;
  actor: AuditActor;
  now?: Date;
}): Promise<RegisterResult> {
  return transaction(db, async (tx) => {
    const current = await getLibrary({ db: tx, id });
    if (!current) return { ok: false as const, reason: 'unknown' as const };
    const same = await findLibraryByNameKey({ db: tx, name: input.name, exceptId: id });
    if (same) return { ok: false as const, reason: 'duplicate' as const, name: same.name };
    const changes = Object.fromEntries(
      editable.filter((field) => current[field] !== input[field]).map((field) => [field, { from: current[field], to: input[field] }]),
    );
    if (Object.keys(changes).length === 0) return { ok: true as const, library: current, changed: false };
    const [library] = await tx
      .update(libraries)
      .set({ ...input, updatedAt: now, ...('email' in changes ? { emailBouncingAt: null } : {}) })
      .where(eq(libraries.id, id))
      .returning();
    recordAudit(tx, { actor, action: 'library.updated', target: `library:${id}`, details: { name: library.name, changes } });
    return { ok: true as const, library, changed: true };
  });
}

/**
 * A deactivated library is no longer invited. Its existing links keep working
 * and its answers stay in the results: deactivating is about next time.
 */
export async function setLibraryActive({
  db,
  id,
  active,
  actor,
  now = new Date(),
}: {
  db: Db;
  id: number;
  active: boolean;
  actor: AuditActor;
  now?: Date;
}): Promise<RegisterResult> {
  return transaction(db, async (tx) => {
    const current = await getLibrary({ db: tx, id });
    if (!current) return { ok: false as const, reason: 'unknown' as const };
    if (active === !current.deactivatedAt) return { ok: true as const, library: current, changed: false };
    const [library] = await tx
      .update(libraries)
      .set({ deactivatedAt: active ? null : now, updatedAt: now })
      .where(eq(libraries.id, id))
      .returning();
    recordAudit(tx, {
      actor,
      action: active ? 'library.reactivated' : 'library.deactivated',
      target: `library:${id}`,
      details: { name: library.name },
    });
    return { ok: true as const, library, changed: true };
  });
}
