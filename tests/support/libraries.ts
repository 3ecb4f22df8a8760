import type { Db } from '@/db/client';
import { libraries } from '@/db/schema';

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
