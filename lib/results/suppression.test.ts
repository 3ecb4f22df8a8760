import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { librariesInGroups, type LibraryInGroups } from '@/tests/support/arbitraries';
import { allowedRequests, findRevealingCombination } from '@/tests/support/differencing';
import { editionSuppression, type GroupCell } from './suppression';

/**
 * The decision itself, on cross tables of many shapes: what the results show
 * of every group a request can name (differences.test.ts goes through the
 * database and the API shape).
 */

const MINIMUM = 5;
const provinces = ['Drenthe', 'Groningen', 'Utrecht', 'Zeeland'];
const requests = allowedRequests(provinces);

function crossTable(libraries: LibraryInGroups[]): GroupCell[] {
  const cells = new Map<string, GroupCell>();
  for (const l of libraries.filter((library) => library.submitted)) {
    const key = JSON.stringify([l.province, l.sizeClass]);
    cells.set(key, { values: [l.province, l.sizeClass], count: (cells.get(key)?.count ?? 0) + 1 });
  }
  return [...cells.values()];
}

function shownBy(decide: ReturnType<typeof editionSuppression>) {
  return requests.filter((r) => {
    const [attribute] = Object.keys(r.filters) as ('province' | 'sizeClass')[];
    return decide(attribute ? { attribute, value: r.filters[attribute]![0] } : null) === null;
  });
}

describe('what the results show of each group', () => {
  it('never lets a sum and difference of the groups on show be the figures of 1 to 4 libraries', () => {
    fc.assert(
      fc.property(librariesInGroups(provinces), (libraries) => {
        const shown = shownBy(editionSuppression(crossTable(libraries), MINIMUM));
        expect(findRevealingCombination(libraries, shown, MINIMUM)).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('shows the whole edition from 5 submissions on, whatever its groups', () => {
    fc.assert(
      fc.property(librariesInGroups(provinces), (libraries) => {
        const submitted = libraries.filter((l) => l.submitted).length;
        expect(editionSuppression(crossTable(libraries), MINIMUM)(null)).toBe(submitted < MINIMUM ? 'tooFew' : null);
      }),
    );
  });

  it('decides alike whatever order the database returns the cells in', () => {
    fc.assert(
      fc.property(
        librariesInGroups(provinces).chain((libraries) =>
          fc.tuple(fc.constant(libraries), fc.shuffledSubarray(crossTable(libraries), { minLength: crossTable(libraries).length })),
        ),
        ([libraries, shuffled]) => {
          const names = (cells: GroupCell[]) => shownBy(editionSuppression(cells, MINIMUM)).map((r) => r.name);
          expect(names(shuffled)).toEqual(names(crossTable(libraries)));
        },
      ),
      { numRuns: 200 },
    );
  });
});
