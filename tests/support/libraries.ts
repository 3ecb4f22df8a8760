import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { libraries } from '@/db/schema';
import { createInvitation } from '@/lib/invitations/create';

/** A library row straight into the register, for tests that need one or a few. */
export function addTestLibrary(db: Db, name: string, { province = 'Utrecht', deactivated = false } = {}): number {
  return db
    .insert(libraries)
    .values({
      name,
      province,
      email: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}@example.org`,
      deactivatedAt: deactivated ? new Date() : null,
    })
    .returning({ id: libraries.id })
    .get().id;
}

/** Libraries in the register, each with its link for the edition (made, not mailed): name, id, address, token. */
export function inviteTestLibraries(db: Db, editionId: number, names: string[]) {
  return names.map((name) => {
    const libraryId = addTestLibrary(db, name);
    return {
      name,
      libraryId,
      email: db.select().from(libraries).where(eq(libraries.id, libraryId)).get()!.email,
      ...createInvitation({ db, editionId, libraryId }),
    };
  });
}
