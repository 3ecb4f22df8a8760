import { z } from 'zod';
import { groupSortKeys, type GroupSort } from './groups';
import { monitoringStatuses } from './status';
import type { LibraryFilters } from './queries';

/** "All" rows of the library list are capped so one request stays bounded. */
export const ALL_ROWS_CAP = 5000;
export const NAME_SEARCH_MAX = 100;

const first = (value: string | null) => (value === null || value === '' ? undefined : value);

const schema = z.object({
  status: z.enum(monitoringStatuses).optional().catch(undefined),
  province: z.string().max(100).optional().catch(undefined),
  q: z.string().trim().max(NAME_SEARCH_MAX).optional().catch(undefined),
  size: z.enum(['50', '200', 'all']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
  sort: z.enum(groupSortKeys).optional().catch(undefined),
  dir: z.enum(['asc', 'desc']).optional().catch(undefined),
});

export type MonitoringParams = {
  filters: LibraryFilters;
  size: '50' | '200' | 'all';
  page: number;
  limit: number;
  offset: number;
  groupSort: GroupSort;
};

/**
 * The page's state from its URL (shared by the page, its live updates and the
 * CSV): filters, page and group order. Anything unknown or out of bounds
 * falls back to the default rather than failing, since these are the
 * reader's own links.
 */
export function parseMonitoringParams(search: URLSearchParams): MonitoringParams {
  const raw = schema.parse({
    status: first(search.get('status')),
    province: first(search.get('province')),
    q: first(search.get('q')),
    size: first(search.get('size')),
    page: first(search.get('page')),
    sort: first(search.get('sort')),
    dir: first(search.get('dir')),
  });
  const size = raw.size ?? '50';
  const page = size === 'all' ? 1 : (raw.page ?? 1);
  const limit = size === 'all' ? ALL_ROWS_CAP : Number(size);
  return {
    filters: { status: raw.status, province: raw.province, name: raw.q || undefined },
    size,
    page,
    limit,
    offset: (page - 1) * limit,
    groupSort: { key: raw.sort ?? 'name', direction: raw.dir ?? (raw.sort && raw.sort !== 'name' ? 'desc' : 'asc') },
  };
}

/** The query string for these params with some changed; defaults are left out so URLs stay short. */
export function monitoringSearch(
  params: MonitoringParams,
  changes: Partial<Record<'status' | 'province' | 'q' | 'size' | 'page' | 'sort' | 'dir', string | undefined>> = {},
): string {
  const values: Record<string, string | undefined> = {
    status: params.filters.status,
    province: params.filters.province,
    q: params.filters.name,
    size: params.size === '50' ? undefined : params.size,
    page: params.page === 1 ? undefined : String(params.page),
    sort: params.groupSort.key === 'name' ? undefined : params.groupSort.key,
    dir: params.groupSort.key === 'name' && params.groupSort.direction === 'asc' ? undefined : params.groupSort.direction,
    ...changes,
  };
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v !== undefined && v !== '') search.set(k, v);
  const text = search.toString();
  return text ? `?${text}` : '';
}
