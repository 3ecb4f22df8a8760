import { meanToOneDecimal } from './percent';

/** How often each value was given: what the database returns for a number question. */
export type ValueCount = { value: number; count: number };

export type NumberStats = {
  answered: number;
  sum: number;
  /** One decimal, half up; null when nobody answered. */
  mean: number | null;
  /** Middle value, or the mean of the two middle values; null when nobody answered. */
  median: number | null;
};

/**
 * Statistics from a value histogram. The database groups equal values, so a
 * million answers with a few hundred distinct values arrive as a few hundred
 * rows and the median is found by walking the cumulative counts.
 */
export function numberStatsFromHistogram(histogram: ValueCount[]): NumberStats {
  const sorted = [...histogram].filter((h) => h.count > 0).sort((a, b) => a.value - b.value);
  const answered = sorted.reduce((n, h) => n + h.count, 0);
  // Sum in integers where possible: value * count is exact for whole and half values.
  const sum = sorted.reduce((s, h) => s + h.value * h.count, 0);
  if (answered === 0) return { answered: 0, sum: 0, mean: null, median: null };
  const valueAt = (position: number): number => {
    let seen = 0;
    for (const h of sorted) {
      seen += h.count;
      if (position < seen) return h.value;
    }
    return sorted[sorted.length - 1].value;
  };
  const middle = Math.floor(answered / 2);
  const median = answered % 2 === 1 ? valueAt(middle) : (valueAt(middle - 1) + valueAt(middle)) / 2;
  return { answered, sum, mean: meanToOneDecimal(sum, answered), median };
}
