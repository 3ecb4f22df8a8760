/** The highest page number a URL may ask for; far beyond any question's texts, a bound on what is parsed. */
const MAX_PAGE = 100_000;

/** `?pagina=` as a page number: absent is 1; anything but one whole number from 1 to MAX_PAGE is null. */
export function parsePageNumber(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1;
  if (typeof value !== 'string' || !/^[1-9]\d{0,5}$/.test(value)) return null;
  const page = Number(value);
  return page <= MAX_PAGE ? page : null;
}

/** The query of page `n` beside the filters' query (`?province=…` or empty); page 1 has no `pagina`. */
export function pageLink(filtersQuery: string, n: number): string {
  const params = new URLSearchParams(filtersQuery);
  if (n > 1) params.set('pagina', String(n));
  const query = params.toString();
  return query ? `?${query}` : '';
}
