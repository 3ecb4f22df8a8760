import { getDb } from '@/db/client';
import { json } from '@/lib/api/json';
import { staffRoute } from '@/lib/auth/guard';
import { listLibraries } from '@/lib/libraries/queries';

/** The register, read-only: what other systems need to match their own library lists. */
export const GET = staffRoute('coordinator', async () =>
  json({
    libraries: listLibraries({ db: getDb() }).map((l) => ({
      id: l.id,
      name: l.name,
      province: l.province,
      email: l.email,
      sizeClass: l.sizeClass,
      active: !l.deactivatedAt,
    })),
  }),
);
