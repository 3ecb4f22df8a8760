/**
 * Whole-number arithmetic for published figures. Floating point gets some
 * halves wrong (29 / 200 * 100 is 14.499999…), so shares are rounded half up
 * with integers only.
 */

/** round(numerator / denominator) with halves rounded up; both non-negative integers, denominator > 0. */
export function divideRoundHalfUp(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0 || numerator < 0) {
    throw new RangeError(`divideRoundHalfUp needs non-negative integers and a positive denominator (${numerator}/${denominator})`);
  }
  const a = 2 * numerator + denominator;
  const b = 2 * denominator;
  return (a - (a % b)) / b;
}

/** Whole percent of `count` in `n`, rounded half up; null for an empty base (nothing to divide by). */
export function wholePercent(count: number, n: number): number | null {
  if (n === 0) return null;
  return divideRoundHalfUp(100 * count, n);
}

/** Decimal places needed to write `value` exactly (up to 6; beyond that it is rounded). */
function decimalsOf(value: number): number {
  for (let d = 0; d <= 6; d++) {
    const scaled = value * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9 * Math.max(1, Math.abs(scaled))) return d;
  }
  return 6;
}

/**
 * part / whole as a whole percent for amounts that may be decimal (half hours):
 * both are scaled to integers first so the rounding is still exact.
 */
export function percentOfAmounts(part: number, whole: number): number | null {
  if (whole === 0) return null;
  const scale = 10 ** Math.max(decimalsOf(part), decimalsOf(whole));
  return wholePercent(Math.round(part * scale), Math.round(whole * scale));
}

/**
 * sum / count to one decimal, half up (sums may be decimal). A negative sum
 * (a scale from -2 to 2) is rounded as its opposite, so halves go away from
 * zero on both sides and -x always reads as the opposite of x.
 */
export function meanToOneDecimal(sum: number, count: number): number | null {
  if (count === 0) return null;
  if (sum < 0) return -meanToOneDecimal(-sum, count)! || 0;
  const scale = 10 ** decimalsOf(sum);
  return divideRoundHalfUp(10 * Math.round(sum * scale), count * scale) / 10;
}
