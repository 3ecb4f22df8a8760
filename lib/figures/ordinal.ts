import { numberStatsFromHistogram, type ValueCount } from '@/lib/figures/number-stats';
import { meanToOneDecimal, wholePercent } from '@/lib/figures/percent';

/*
 * The figures of an ordered scale (a rating from 1 to 5, say): how many gave
 * each point, in the scale's order and never re-sorted by share; the mean and
 * median to one decimal over the answers on the scale; the answer that counts
 * apart ("weet niet / niet van toepassing") as a share of its own; and the
 * previous edition beside them. Pure figures: which rows hold the answers and
 * whether a group may show figures at all are decided before this is asked
 * (a question type's `figures`, computeEditionResults' suppression).
 */

/** A point of the scale: its number, and its label where it has one (the ends, or every point). */
export type ScalePoint = { value: number; label: string | null };

export type PointResult = ScalePoint & {
  count: number;
  /** Whole percent of the answers on the scale, half up; null when there are none. */
  percent: number | null;
  /** The previous edition's percent of the same point, when its scale was the same. */
  previousPercent: number | null;
};

/** Mean and median to one decimal, half up, over `n` answers on the scale; null when n is 0. */
type OrdinalSummary = { n: number; mean: number | null; median: number | null };

export type OrdinalResult = OrdinalSummary & {
  /** Every point in the scale's order, those nobody chose included. */
  points: PointResult[];
  /**
   * The answer that counts apart, as a share of everyone who answered the
   * question (n + count); null when the question has none.
   */
  apart: { label: string; count: number; percent: number | null; previousPercent: number | null } | null;
  /** The previous edition's mean and median, when it asked the same scale (same point values). */
  previous: OrdinalSummary | null;
};

export type OrdinalInput = {
  points: readonly ScalePoint[];
  /** How often each value was given. Values that are not a point of the scale are left out. */
  counts: readonly ValueCount[];
  /** The answer that counts apart and how often it was given, when the question has one. */
  apart: { label: string; count: number } | null;
  /**
   * The previous edition's question: its points' values, its counts and its
   * apart count (null when it had no such answer). Null when there is no
   * previous edition to compare with, or its group shows no figures.
   */
  previous: { points: readonly number[]; counts: readonly ValueCount[]; apart: number | null } | null;
};

/** The counts per point of the scale (in the scale's order), and their summary. */
function tally(points: readonly number[], counts: readonly ValueCount[]): { perPoint: number[]; summary: OrdinalSummary } {
  const index = new Map(points.map((value, i) => [value, i]));
  const perPoint = points.map(() => 0);
  for (const { value, count } of counts) {
    const i = index.get(value);
    if (i !== undefined) perPoint[i] += count;
  }
  const stats = numberStatsFromHistogram(points.map((value, i) => ({ value, count: perPoint[i] })));
  // The median of whole points is exact or a half; other points are rounded as the mean is.
  const median = stats.median === null ? null : meanToOneDecimal(stats.median, 1);
  return { perPoint, summary: { n: stats.answered, mean: stats.mean, median } };
}

const sameScale = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((value, i) => value === b[i]);

export function ordinalDistribution({ points, counts, apart, previous }: OrdinalInput): OrdinalResult {
  const values = points.map((p) => p.value);
  if (new Set(values).size !== values.length) throw new Error(`a scale's points must differ: ${values.join(', ')}`);
  const current = tally(values, counts);
  // A mean on another scale (5 points then, 7 now) is no comparison: none is given.
  const before = previous && sameScale(previous.points, values) ? { ...tally(values, previous.counts), apart: previous.apart } : null;
  const n = current.summary.n;
  return {
    ...current.summary,
    points: points.map((point, i) => ({
      value: point.value,
      label: point.label,
      count: current.perPoint[i],
      percent: wholePercent(current.perPoint[i], n),
      previousPercent: before ? wholePercent(before.perPoint[i], before.summary.n) : null,
    })),
    apart: apart && {
      label: apart.label,
      count: apart.count,
      percent: wholePercent(apart.count, n + apart.count),
      previousPercent: before && before.apart !== null ? wholePercent(before.apart, before.summary.n + before.apart) : null,
    },
    previous: before && before.summary,
  };
}

const oneDecimal = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A mean or median as the results write it: one decimal, a decimal comma ("3,5", "4,0"). */
export function formatOneDecimal(value: number): string {
  return oneDecimal.format(value);
}
