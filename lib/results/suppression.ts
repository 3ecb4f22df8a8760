import { groupingAttributeNames, MINIMUM_GROUP_SIZE, type Group } from './grouping';
import { groupsHidingDifferences, type Axis, type CrossCell } from './differences';

/**
 * Why a group shows no figures:
 * - `tooFew`: fewer than MINIMUM_GROUP_SIZE submitted responses;
 * - `protectsSmallerGroup`: enough responses, but hidden together with a
 *   smaller group, because otherwise the whole edition minus the groups on
 *   show would be that smaller group's figures.
 * - `protectsDifference`: enough responses, but hidden because its figures,
 *   taken with another group's that it (nearly) lies in or that (nearly) lies
 *   in it, would give the figures of fewer libraries than the minimum: a
 *   province whose libraries are all large but two, say (differences.ts).
 */
export type SuppressionReason = 'tooFew' | 'protectsSmallerGroup' | 'protectsDifference';

/**
 * The groups of one split of the libraries (by the filtered attributes) that
 * show no figures, given each group's submitted responses.
 *
 * A group below the minimum is hidden. That alone is not enough: the whole
 * edition is always on show, so the whole minus every group on show gives the
 * hidden groups together. When they hold between 1 and minimum − 1 responses
 * (one province of 3, say), the smallest group on show (first by name on a
 * tie, so every request decides alike) is hidden as well; together they then
 * hold at least the minimum, and subtraction gives no group smaller than that.
 */
function suppressedGroups(sizes: Map<string, number>, minimum = MINIMUM_GROUP_SIZE): Map<string, SuppressionReason> {
  const suppressed = new Map<string, SuppressionReason>();
  let hidden = 0;
  for (const [group, size] of sizes) {
    if (size < minimum) {
      suppressed.set(group, 'tooFew');
      hidden += size;
    }
  }
  if (hidden > 0 && hidden < minimum) {
    const next = [...sizes].filter(([group]) => !suppressed.has(group)).sort(([a, x], [b, y]) => x - y || (a < b ? -1 : a > b ? 1 : 0))[0];
    if (next) suppressed.set(next[0], 'protectsSmallerGroup');
  }
  return suppressed;
}

/** Submitted responses of the libraries with these values of the grouping attributes (in their order; null: none). */
export type GroupCell = { values: (string | null)[]; count: number };

const axes: Axis[] = ['row', 'column'];

// Keyed as one-value lists, so a missing value (null) is kept apart from any name, the text "null" included.
const key = (value: string | null) => JSON.stringify([value]);

/** Each attribute's groups by size and the reasons of those hidden: first among themselves, then against each other. */
function decideGroups(cells: GroupCell[], minimum: number) {
  if (groupingAttributeNames.length > axes.length) {
    // A third attribute makes each cell part of three groups; the cut argument of differences.ts no longer holds.
    throw new Error('the difference check covers two grouping attributes');
  }
  if (cells.some((cell) => cell.values.length !== groupingAttributeNames.length)) {
    throw new Error('a group is decided from the cells of every grouping attribute');
  }
  const sizes = groupingAttributeNames.map((_, i) => {
    const split = new Map<string, number>();
    for (const cell of cells) split.set(key(cell.values[i]), (split.get(key(cell.values[i])) ?? 0) + cell.count);
    return split;
  });
  const decided = sizes.map((split) => suppressedGroups(split, minimum));
  if (groupingAttributeNames.length === 2) {
    const crossCells: CrossCell[] = cells.map((cell) => ({ row: cell.values[0], column: cell.values[1], count: cell.count }));
    const hidden = ({ axis, value }: { axis: Axis; value: string }) => decided[axes.indexOf(axis)].has(key(value));
    for (const group of groupsHidingDifferences(crossCells, hidden, minimum)) {
      decided[axes.indexOf(group.axis)].set(key(group.value), 'protectsDifference');
    }
  }
  return { sizes, decided };
}

/**
 * For every group a request can name, whether it shows figures, decided once
 * from the whole cross table of an edition's submitted responses, so the
 * answer is the same whichever group is asked for. First each attribute's
 * groups among themselves (suppressedGroups; libraries without a value are a
 * group of their own there, keyed null, which no filter can name); then the
 * two attributes against each other, where a province and a size class nest
 * (differences.ts). The whole edition shows its figures from the minimum on,
 * whatever its groups do (it is what they are hidden against), so for it the
 * cells may be the edition's total alone, without values.
 */
export function editionSuppression(cells: GroupCell[], minimum = MINIMUM_GROUP_SIZE): (group: Group) => SuppressionReason | null {
  const whole = cells.reduce((sum, cell) => sum + cell.count, 0);
  let groups: ReturnType<typeof decideGroups> | undefined;
  return (group) => {
    if (whole < minimum) return 'tooFew';
    if (group === null) return null;
    groups ??= decideGroups(cells, minimum);
    const i = groupingAttributeNames.indexOf(group.attribute);
    if ((groups.sizes[i].get(key(group.value)) ?? 0) < minimum) return 'tooFew';
    return groups.decided[i].get(key(group.value)) ?? null;
  };
}
