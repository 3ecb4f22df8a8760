import type { Db } from '@/db/client';
import { getEditionByCode } from '@/lib/editions/queries';
import type { Figures } from './figures';
import { byProvince, sortGroups, totalsOf } from './groups';
import { countCells, listLibrariesForApi, type ApiLibraryRow, type LibraryFilters } from './queries';

/** Every library of a large network in one answer, but never an unbounded one. */
const API_LIBRARIES_CAP = 100_000;

export type MonitoringDocument = {
  edition: string;
  totals: Figures;
  byProvince: (Figures & { province: string })[];
  libraries: ApiLibraryRow[];
};

/** `GET /api/v1/editions/{code}/monitoring` (docs/api.md); filters narrow `libraries` only, never the figures. */
export async function monitoringDocument({
  db,
  code,
  filters = {},
}: {
  db: Db;
  code: string;
  filters?: LibraryFilters;
}): Promise<MonitoringDocument | undefined> {
  const edition = await getEditionByCode({ db, code });
  if (!edition) return undefined;
  const cells = await countCells({ db, editionId: edition.id });
  return {
    edition: edition.code,
    totals: totalsOf(cells),
    byProvince: sortGroups(byProvince(cells), { key: 'name', direction: 'asc' }, (k) => k).map(({ key, ...figures }) => ({
      province: key,
      ...figures,
    })),
    libraries: await listLibrariesForApi({ db, editionId: edition.id, filters, limit: API_LIBRARIES_CAP }),
  };
}
