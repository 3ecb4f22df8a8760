import { MINIMUM_GROUP_SIZE } from './grouping';

/**
 * Why a group shows no figures:
 * - `tooFew`: fewer than MINIMUM_GROUP_SIZE submitted responses;
 * - `protectsSmallerGroup`: enough responses, but hidden together with a
 *   smaller group, because otherwise the whole edition minus the groups on
 *   show would be that smaller group's figures.
 */
export type SuppressionReason = 'tooFew' | 'protectsSmallerGroup';

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
export function suppressedGroups(sizes: Map<string, number>, minimum = MINIMUM_GROUP_SIZE): Map<string, SuppressionReason> {
  const suppressed = new Map<string, SuppressionReason>();
  let hidden = 0;
  for (const [group, size] of sizes) {
    if (size < minimum) {
      suppressed.set(group, 'tooFew');
      hidden += size;
    }
  }
  if (hidden > 0 && hidden < minimum) {
    const next = [...sizes]
      .filter(([group]) => !suppressed.has(group))
      .sort(([a, x], [b, y]) => x - y || (a < b ? -1 : a > b ? 1 : 0))[0];
    if (next) suppressed.set(next[0], 'protectsSmallerGroup');
  }
  return suppressed;
}

/** Whether one group shows its figures (null) or why not; a group absent from `sizes` has no responses. */
export function groupSuppression(sizes: Map<string, number>, group: string, minimum = MINIMUM_GROUP_SIZE): SuppressionReason | null {
  if ((sizes.get(group) ?? 0) < minimum) return 'tooFew';
  return suppressedGroups(sizes, minimum).get(group) ?? null;
}
