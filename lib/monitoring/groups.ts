import { addCounts, emptyCounts, withRate, type Figures } from './figures';
import type { CountCell, SizeClass } from './queries';

export type GroupFigures<K> = Figures & { key: K };

export const groupSortKeys = ['name', 'invited', 'notOpened', 'opened', 'started', 'submitted', 'responseRate'] as const;
export type GroupSortKey = (typeof groupSortKeys)[number];
export type GroupSort = { key: GroupSortKey; direction: 'asc' | 'desc' };

export function totalsOf(cells: CountCell[]): Figures {
  return withRate(cells.reduce((sum, cell) => addCounts(sum, cell), emptyCounts()));
}

function groupBy<K>(cells: CountCell[], keyOf: (cell: CountCell) => K): GroupFigures<K>[] {
  const groups = new Map<K, ReturnType<typeof emptyCounts>>();
  for (const cell of cells) {
    const key = keyOf(cell);
    groups.set(key, addCounts(groups.get(key) ?? emptyCounts(), cell));
  }
  return [...groups].map(([key, counts]) => ({ key, ...withRate(counts) }));
}

export const byProvince = (cells: CountCell[]) => groupBy(cells, (c) => c.province);
export const bySizeClass = (cells: CountCell[]) => groupBy<SizeClass | null>(cells, (c) => c.sizeClass);

/**
 * Groups in the reader's chosen order; ties (and the name order) fall back to
 * `nameOf`, so the order never depends on the database's. A group with
 * nobody invited has no rate and sorts below every rate.
 */
export function sortGroups<K>(groups: GroupFigures<K>[], sort: GroupSort, nameOf: (key: K) => string): GroupFigures<K>[] {
  const byName = (a: GroupFigures<K>, b: GroupFigures<K>) => nameOf(a.key).localeCompare(nameOf(b.key), 'nl');
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...groups].sort((a, b) => {
    if (sort.key === 'name') return sign * byName(a, b);
    const va = a[sort.key] ?? -1;
    const vb = b[sort.key] ?? -1;
    return sign * (va - vb) || byName(a, b);
  });
}
