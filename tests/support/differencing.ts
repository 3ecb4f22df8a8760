import type { LibraryInGroups } from './arbitraries';
import { librarySizeClasses } from '@/db/schema';
import type { ResultFilters } from '@/lib/results/filters';

/** A results request a coordinator can make, and which of the libraries it covers. */
export type Request = { name: string; filters: ResultFilters; covers: (library: LibraryInGroups) => boolean };

/** Every request the filters allow for these provinces: the whole edition, each province, each size class. */
export function allowedRequests(provinces: readonly string[]): Request[] {
  return [
    { name: 'alle bibliotheken', filters: {}, covers: () => true },
    ...provinces.map((p) => ({ name: p, filters: { province: [p] }, covers: (l: LibraryInGroups) => l.province === p })),
    ...librarySizeClasses.map((c) => ({ name: c, filters: { sizeClass: [c] }, covers: (l: LibraryInGroups) => l.sizeClass === c })),
  ];
}

/**
 * Looks for a sum and difference of the shown requests' figures (each taken
 * once, added or subtracted) that would be the figures of 1 to minimum − 1
 * submitted libraries exactly: every figure is a count over libraries, so
 * such a combination counts each of those libraries once and every other
 * library not at all. Brute force over 3^requests combinations, independent
 * of how the results decide; returns the combination in words, or null.
 */
export function findRevealingCombination(libraries: LibraryInGroups[], shown: Request[], minimum: number): string | null {
  // Requests cover a cell (province × size class) wholly or not at all: count per cell.
  const cells = new Map<string, { library: LibraryInGroups; count: number }>();
  for (const library of libraries.filter((l) => l.submitted)) {
    const key = JSON.stringify([library.province, library.sizeClass]);
    cells.set(key, { library, count: (cells.get(key)?.count ?? 0) + 1 });
  }
  const cellList = [...cells.values()];
  const members = shown.map((request) => cellList.map(({ library }) => (request.covers(library) ? 1 : 0)));
  const coefficients = shown.map(() => 0);
  const combinations = 3 ** shown.length;
  for (let n = 1; n < combinations; n++) {
    for (let i = 0, rest = n; i < shown.length; i++, rest = Math.floor(rest / 3)) coefficients[i] = (rest % 3) - 1;
    let revealed = 0;
    let exact = true;
    for (let cell = 0; cell < cellList.length && exact; cell++) {
      let value = 0;
      for (let i = 0; i < shown.length; i++) value += coefficients[i] * members[i][cell];
      if (value === 1) revealed += cellList[cell].count;
      else if (value !== 0) exact = false;
    }
    if (exact && revealed > 0 && revealed < minimum) {
      return shown
        .map((request, i) => (coefficients[i] === 0 ? '' : `${coefficients[i] > 0 ? '+' : '−'} ${request.name}`))
        .filter(Boolean)
        .join(' ')
        .concat(` = ${revealed} libraries`);
    }
  }
  return null;
}
