import type { Db } from '@/db/client';
import { editionPhase, type EditionPhase } from '@/lib/editions/phase';
import { getEditionById, getEditionByCode, type Edition } from '@/lib/editions/queries';
import { sizeClassLabel } from '@/lib/libraries/messages';
import { byProvince, bySizeClass, sortGroups, totalsOf, type GroupFigures, type GroupSort } from './groups';
import type { Figures } from './figures';
import { collectionCurve, type Curve } from './curve';
import { countCells, listLibraries, type CountCell, type LibraryFilters, type MonitoredLibrary, type SizeClass } from './queries';
import type { MonitoringStatus } from './status';

const countOf: Record<MonitoringStatus, 'notOpened' | 'opened' | 'started' | 'submitted'> = {
  not_opened: 'notOpened',
  opened: 'opened',
  started: 'started',
  submitted: 'submitted',
};

/** Status and province filters select whole cells of the grouped counts, so the list needs no count of its own; a name search does. */
function matchingFromCells(cells: CountCell[], filters: LibraryFilters): number | undefined {
  if (filters.name) return undefined;
  return cells
    .filter((c) => !filters.province || c.province === filters.province)
    .reduce((sum, c) => sum + (filters.status ? c[countOf[filters.status]] : c.invited), 0);
}

const DAY_MS = 86_400_000;

export type MonitoringOverview = {
  edition: Pick<Edition, 'id' | 'code' | 'title' | 'opensAt' | 'closesAt'>;
  phase: EditionPhase;
  /** Whole days until the closing moment, counting a part of a day as a day; null without one or once closed. */
  daysLeft: number | null;
  totals: Figures;
  byProvince: GroupFigures<string>[];
  bySizeClass: GroupFigures<SizeClass | null>[];
};

function daysLeft(edition: Pick<Edition, 'status' | 'opensAt' | 'closesAt'>, now: Date): number | null {
  if (!edition.closesAt || editionPhase(edition, now) === 'closed') return null;
  return Math.ceil((edition.closesAt.getTime() - now.getTime()) / DAY_MS);
}

/** A size class's label for sorting and display; libraries without one sort last under "onbekend". */
export function sizeClassName(sizeClass: SizeClass | null, unknown: string): string {
  return sizeClass ? sizeClassLabel(sizeClass) : unknown;
}

const SIZE_ORDER: Record<string, number> = { small: 0, medium: 1, large: 2 };

/** Every figure of the page, from one grouped query. */
export async function monitoringOverview({
  db,
  edition,
  groupSort = { key: 'name', direction: 'asc' },
  now = new Date(),
  cells: known,
}: {
  db: Db;
  edition: Edition;
  groupSort?: GroupSort;
  now?: Date;
  cells?: CountCell[];
}): Promise<MonitoringOverview> {
  const cells = known ?? (await countCells({ db, editionId: edition.id }));
  // Size classes have a natural order (small to large) that "by name" keeps.
  const sizeName = (key: SizeClass | null) => String(key ? SIZE_ORDER[key] : 9);
  return {
    edition: { id: edition.id, code: edition.code, title: edition.title, opensAt: edition.opensAt, closesAt: edition.closesAt },
    phase: editionPhase(edition, now),
    daysLeft: daysLeft(edition, now),
    totals: totalsOf(cells),
    byProvince: sortGroups(byProvince(cells), groupSort, (k) => k),
    bySizeClass: sortGroups(bySizeClass(cells), groupSort, sizeName),
  };
}

export type MonitoringPage = MonitoringOverview & {
  libraries: MonitoredLibrary[];
  matching: number;
  curves: { current: Curve; previous: (Curve & { code: string }) | null };
};

export async function monitoringPage({
  db,
  code,
  filters,
  limit,
  offset,
  groupSort,
  now = new Date(),
}: {
  db: Db;
  code: string;
  filters: LibraryFilters;
  limit: number;
  offset: number;
  groupSort: GroupSort;
  now?: Date;
}): Promise<MonitoringPage | undefined> {
  const edition = await getEditionByCode({ db, code });
  if (!edition) return undefined;
  const previous = edition.previousEditionId ? await getEditionById({ db, id: edition.previousEditionId }) : undefined;
  const cells = await countCells({ db, editionId: edition.id });
  const list = await listLibraries({ db, editionId: edition.id, filters, limit, offset, knownMatching: matchingFromCells(cells, filters) });
  return {
    ...(await monitoringOverview({ db, edition, groupSort, now, cells })),
    ...list,
    curves: {
      current: await collectionCurve({ db, edition, now }),
      previous: previous ? { ...(await collectionCurve({ db, edition: previous, now })), code: previous.code } : null,
    },
  };
}
