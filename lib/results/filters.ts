import { getTableColumns, inArray, type SQL } from 'drizzle-orm';
import { libraries } from '@/db/schema';

/**
 * Results can be narrowed to libraries with given attributes. Every column of
 * `libraries` except its keys and timestamps is a filter, under its camelCase
 * name (`province`, `name`, …), so a new library attribute is a new filter
 * without touching this module. Several values for one attribute mean "any of".
 */
export type ResultFilters = Record<string, string[]>;

const libraryColumns = getTableColumns(libraries);
type LibraryColumnName = keyof typeof libraryColumns;

const notFilterable = new Set<string>(['id', 'createdAt', 'updatedAt', 'deactivatedAt']);

export const filterableLibraryColumns = (Object.keys(libraryColumns) as LibraryColumnName[]).filter(
  (name) => !notFilterable.has(name),
);

export function isFilterableColumn(name: string): name is LibraryColumnName {
  return (filterableLibraryColumns as string[]).includes(name);
}

type ParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

function entriesOf(params: ParamsInput): [string, string][] {
  if (params instanceof URLSearchParams) return [...params.entries()];
  return Object.entries(params).flatMap(([key, value]) =>
    value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((v) => [key, v] as [string, string]),
  );
}

export type ParsedFilters = { filters: ResultFilters; unknown: string[] };

/** Reads filters from query parameters; empty values mean "no filter", unknown names are reported. */
export function parseResultFilters(params: ParamsInput): ParsedFilters {
  const filters: ResultFilters = {};
  const unknown: string[] = [];
  for (const [key, raw] of entriesOf(params)) {
    const value = raw.trim();
    if (!isFilterableColumn(key)) {
      if (!unknown.includes(key)) unknown.push(key);
      continue;
    }
    if (value === '') continue;
    const values = (filters[key] ??= []);
    if (!values.includes(value)) values.push(value);
  }
  return { filters, unknown };
}

export function hasFilters(filters: ResultFilters): boolean {
  return Object.values(filters).some((values) => values.length > 0);
}

/** SQL conditions on `libraries` for these filters (to be joined on responses.library_id). */
export function libraryConditions(filters: ResultFilters): SQL[] {
  return Object.entries(filters)
    .filter(([name, values]) => isFilterableColumn(name) && values.length > 0)
    .map(([name, values]) => inArray(libraryColumns[name as LibraryColumnName], values));
}

/** Query string for links (charts, API) that keep the current filters. */
export function filtersToQuery(filters: ResultFilters): string {
  const params = new URLSearchParams();
  for (const [name, values] of Object.entries(filters)) for (const value of values) params.append(name, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}
