import { inArray, type SQL } from 'drizzle-orm';
import messages from '@/messages/nl/results.json';
import { librarySizeClasses } from '@/db/schema';
import { parseSizeClass } from '@/lib/libraries/fields';
import { sizeClassLabel } from '@/lib/libraries/messages';
import { groupingAttributeNames, groupingAttributes, isGroupingAttribute, type Group, type GroupingAttribute } from './grouping';
import { fillTemplate } from '@/lib/wording/results';

/**
 * Results can be narrowed to one group of libraries: one value of one grouping
 * attribute (grouping.ts), such as `province=Utrecht` or `sizeClass=small`.
 * Kept as a list of values per attribute because that is the shape the API has
 * always answered with.
 */
export type ResultFilters = Partial<Record<GroupingAttribute, string[]>>;

/** Longer than any attribute value a library has; a bound on what a request can make us store and compare. */
const MAX_FILTER_VALUE_LENGTH = 100;

/**
 * Why a request's filters are refused:
 * - `unknown`: not a grouping attribute (a library's name, e-mail, id, a typo);
 * - `severalValues`: one attribute given twice. "Utrecht or Drenthe" minus
 *   "Drenthe" would be Utrecht alone, however small.
 * - `tooLong`: a value longer than MAX_FILTER_VALUE_LENGTH;
 * - `unknownValue`: a value outside an attribute's closed list (a size class
 *   that does not exist), which would otherwise read as a group of 0;
 * - `severalAttributes`: two attributes at once (grouping.ts says why).
 * Refused rather than ignored: ignoring would show the whole edition's
 * figures under a heading that names the filter.
 */
export type FilterProblem = { kind: FilterProblemKind; names: string[] };
const problemKinds = ['unknown', 'severalValues', 'tooLong', 'unknownValue', 'severalAttributes'] as const;
type FilterProblemKind = (typeof problemKinds)[number];

/**
 * Attributes with a closed list of values: the stored code for what a request
 * says (the code, or the Dutch label as the register shows it), or undefined.
 * Open attributes (province) take any value; one no library has is a group of 0.
 */
const closedValues: Partial<Record<GroupingAttribute, { read: (value: string) => string | undefined; allowed: () => string }>> = {
  sizeClass: {
    read: (value) => parseSizeClass(value) ?? undefined,
    allowed: () => librarySizeClasses.map((code) => `${code} (${sizeClassLabel(code)})`).join(', '),
  },
};

export type ParsedFilters = { ok: true; filters: ResultFilters } | { ok: false; problem: FilterProblem };

type ParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

function entriesOf(params: ParamsInput): [string, string][] {
  if (params instanceof URLSearchParams) return [...params.entries()];
  return Object.entries(params).flatMap(([key, value]) =>
    value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((v) => [key, v] as [string, string]),
  );
}

function addOnce(list: string[], name: string) {
  if (!list.includes(name)) list.push(name);
}

/** Reads filters from query parameters; an empty value means "no filter". */
export function parseResultFilters(params: ParamsInput): ParsedFilters {
  const filters: ResultFilters = {};
  const problems = Object.fromEntries(problemKinds.map((kind) => [kind, [] as string[]])) as Record<FilterProblemKind, string[]>;
  for (const [key, raw] of entriesOf(params)) {
    if (!isGroupingAttribute(key)) {
      addOnce(problems.unknown, key);
      continue;
    }
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    if (trimmed.length > MAX_FILTER_VALUE_LENGTH) {
      addOnce(problems.tooLong, key);
      continue;
    }
    const value = closedValues[key] ? closedValues[key].read(trimmed) : trimmed;
    if (value === undefined) {
      addOnce(problems.unknownValue, key);
      continue;
    }
    const values = (filters[key] ??= []);
    addOnce(values, value);
    if (values.length > 1) addOnce(problems.severalValues, key);
  }
  const attributes = filteredAttributes(filters);
  if (attributes.length > 1) problems.severalAttributes.push(...attributes);
  for (const kind of problemKinds) {
    if (problems[kind].length > 0) return { ok: false, problem: { kind, names: problems[kind] } };
  }
  return { ok: true, filters };
}

/** The refusal in Dutch, naming the filters there are; the same words on the page, in the API and for a chart. */
export function filterProblemMessage(problem: FilterProblem): string {
  const closed = problem.names.map((name) => (isGroupingAttribute(name) ? closedValues[name]?.allowed() : undefined)).find(Boolean);
  return fillTemplate(messages.results.filterProblem[problem.kind], {
    names: problem.names.join(problem.kind === 'severalAttributes' ? ' en ' : ', '),
    filters: groupingAttributeNames.join(', '),
    max: MAX_FILTER_VALUE_LENGTH,
    values: closed ?? '',
  });
}

/** The attributes a filter is set for, in allow-list order. */
export function filteredAttributes(filters: ResultFilters): GroupingAttribute[] {
  return groupingAttributeNames.filter((name) => (filters[name]?.length ?? 0) > 0);
}

/**
 * The group these filters select. One value of one attribute at most, as
 * parseResultFilters lets through: the difference of two overlapping groups
 * could be a group below the minimum, so anything else is a programming error.
 */
export function requestedGroup(filters: ResultFilters): Group {
  const attributes = filteredAttributes(filters);
  if (attributes.length > 1 || attributes.some((name) => filters[name]!.length > 1)) {
    throw new Error('results filter one value of one attribute');
  }
  return attributes.length === 0 ? null : { attribute: attributes[0], value: filters[attributes[0]]![0] };
}

export function hasFilters(filters: ResultFilters): boolean {
  return filteredAttributes(filters).length > 0;
}

/** SQL conditions on `libraries` for these filters (to be joined on responses.library_id). */
export function libraryConditions(filters: ResultFilters): SQL[] {
  return filteredAttributes(filters).map((name) => inArray(groupingAttributes[name], filters[name]!));
}

/** Query string for links (charts, API) that keep the current filters. */
export function filtersToQuery(filters: ResultFilters): string {
  const params = new URLSearchParams();
  for (const name of filteredAttributes(filters)) for (const value of filters[name]!) params.append(name, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}
