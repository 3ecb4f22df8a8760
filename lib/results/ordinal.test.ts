import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatOneDecimal, ordinalDistribution, type ScalePoint } from '../figures/ordinal';
import { meanToOneDecimal } from '@/lib/figures/percent';

const fivePoints: ScalePoint[] = [
  { value: 1, label: 'Zeer ontevreden' },
  { value: 2, label: null },
  { value: 3, label: null },
  { value: 4, label: null },
  { value: 5, label: 'Zeer tevreden' },
];
const counts = (...perPoint: number[]) => perPoint.map((count, i) => ({ value: i + 1, count }));

/** The answers one by one, as a person would list them before adding up. */
const expand = (perValue: { value: number; count: number }[]) =>
  perValue.flatMap(({ value, count }) => Array.from({ length: count }, () => value));

/** Rounded to one decimal with halves away from zero, from the exact fraction sum / n (integers only). */
function naiveOneDecimal(sum: number, n: number): number {
  const sign = sum < 0 ? -1 : 1;
  const tenths = Math.floor((20 * Math.abs(sum) + n) / (2 * n));
  return (sign * tenths) / 10 || 0;
}

describe('an ordinal distribution', () => {
  it('keeps the points in the scale order with their shares of the answers on the scale, "weet niet" apart', () => {
    const result = ordinalDistribution({
      points: fivePoints,
      counts: counts(1, 0, 2, 9, 3),
      apart: { label: 'Weet niet', count: 5 },
      previous: null,
    });
    expect(result.points.map((p) => [p.value, p.count, p.percent])).toEqual([
      [1, 1, 7],
      [2, 0, 0],
      [3, 2, 13],
      [4, 9, 60],
      [5, 3, 20],
    ]);
    expect(result).toMatchObject({ n: 15, mean: 3.9, median: 4, previous: null }); // 58 / 15 = 3.87
    // 5 of the 20 who answered the question.
    expect(result.apart).toEqual({ label: 'Weet niet', count: 5, percent: 25, previousPercent: null });
  });

  it('gives the previous edition beside it when it asked the same scale, and nothing when it asked another', () => {
    const previous = { points: [1, 2, 3, 4, 5], counts: counts(2, 2, 2, 2, 2), apart: 10 };
    const result = ordinalDistribution({
      points: fivePoints,
      counts: counts(0, 0, 0, 1, 1),
      apart: { label: 'Weet niet', count: 0 },
      previous,
    });
    expect(result.previous).toEqual({ n: 10, mean: 3, median: 3 });
    expect(result.points.map((p) => p.previousPercent)).toEqual([20, 20, 20, 20, 20]);
    expect(result.apart?.previousPercent).toBe(50);
    const sevenBefore = ordinalDistribution({
      points: fivePoints,
      counts: counts(1),
      apart: null,
      previous: { ...previous, points: [1, 2, 3, 4, 5, 6, 7] },
    });
    expect(sevenBefore.previous).toBeNull();
    expect(sevenBefore.points.every((p) => p.previousPercent === null)).toBe(true);
    // A previous question without "weet niet" has no previous share of it.
    expect(
      ordinalDistribution({
        points: fivePoints,
        counts: counts(1),
        apart: { label: 'Weet niet', count: 1 },
        previous: { ...previous, apart: null },
      }).apart?.previousPercent,
    ).toBeNull();
  });

  it('has no mean, median or shares without answers on the scale, and leaves out values that are no point of it', () => {
    const result = ordinalDistribution({
      points: fivePoints,
      counts: [{ value: 99, count: 4 }],
      apart: { label: 'Weet niet', count: 3 },
      previous: null,
    });
    expect(result).toMatchObject({ n: 0, mean: null, median: null });
    expect(result.points.every((p) => p.count === 0 && p.percent === null)).toBe(true);
    expect(result.apart?.percent).toBe(100);
  });

  it('refuses a scale whose points repeat', () => {
    expect(() =>
      ordinalDistribution({ points: [...fivePoints, { value: 1, label: null }], counts: [], apart: null, previous: null }),
    ).toThrow();
  });

  it('rounds a negative mean as the opposite of the positive one', () => {
    const points = [-2, -1, 0, 1, 2].map((value) => ({ value, label: null }));
    const result = ordinalDistribution({
      points,
      counts: [
        { value: -2, count: 3 },
        { value: -1, count: 1 },
      ],
      apart: null,
      previous: null,
    });
    // -7 / 4 = -1.75
    expect(result.mean).toBe(-1.8);
    expect(meanToOneDecimal(7, 4)).toBe(1.8);
    expect(meanToOneDecimal(-0.01, 1)).toBe(0);
    expect(Object.is(meanToOneDecimal(-0.01, 1), -0)).toBe(false);
    expect(formatOneDecimal(4)).toBe('4,0');
    expect(formatOneDecimal(-1.8)).toBe('-1,8');
  });
});

describe('an ordinal distribution, against a naive count', () => {
  /** 3 to 11 consecutive points starting anywhere from -5 to 1, and how often each was given. */
  const scale = fc.record({ first: fc.integer({ min: -5, max: 1 }), size: fc.integer({ min: 3, max: 11 }) }).chain(({ first, size }) =>
    fc.record({
      points: fc.constant(Array.from({ length: size }, (_, i) => ({ value: first + i, label: null }))),
      // Mostly few answers, so that means land on exact halves of a tenth (7 / 4 = 1.75) that floating point rounds wrongly.
      perPoint: fc.array(fc.oneof(fc.nat({ max: 3 }), fc.nat({ max: 40 })), { minLength: size, maxLength: size }),
      apart: fc.nat({ max: 40 }),
      reversed: fc.boolean(),
    }),
  );

  it('has the mean and median of the answers listed one by one, to one decimal, over the answers on the scale', () => {
    fc.assert(
      fc.property(scale, ({ points: ascending, perPoint, apart, reversed }) => {
        const points = reversed ? [...ascending].reverse() : ascending;
        const given = points.map((p, i) => ({ value: p.value, count: perPoint[i] }));
        const result = ordinalDistribution({ points, counts: given, apart: { label: 'Weet niet', count: apart }, previous: null });
        const answers = expand(given).sort((a, b) => a - b);
        expect(result.n).toBe(answers.length);
        if (answers.length === 0) {
          // Not `return expect(…)`: a matcher's return value is not a boolean, and fast-check reads a returned false as failure.
          expect(result.mean).toBeNull();
          return;
        }
        const sum = answers.reduce((a, b) => a + b, 0);
        expect(result.mean).toBe(naiveOneDecimal(sum, answers.length));
        expect(Math.abs(result.mean! - sum / answers.length)).toBeLessThanOrEqual(0.05 + 1e-9);
        const low = answers[Math.floor((answers.length - 1) / 2)];
        const high = answers[Math.ceil((answers.length - 1) / 2)];
        expect(result.median).toBe((low + high) / 2);
      }),
      {
        numRuns: 1000,
        examples: [[{ points: [-1, 0, 1].map((value) => ({ value, label: null })), perPoint: [0, 0, 0], apart: 0, reversed: false }]],
      },
    );
  });

  it('lists every point in the order given, never by share, with shares of the scale base only', () => {
    fc.assert(
      fc.property(scale, ({ points: ascending, perPoint, apart, reversed }) => {
        const points = reversed ? [...ascending].reverse() : ascending;
        const given = points.map((p, i) => ({ value: p.value, count: perPoint[i] }));
        const withApart = ordinalDistribution({
          points,
          counts: [...given].reverse(),
          apart: { label: 'Weet niet', count: apart },
          previous: null,
        });
        const without = ordinalDistribution({ points, counts: given, apart: null, previous: null });
        expect(withApart.points.map((p) => p.value)).toEqual(points.map((p) => p.value));
        expect(withApart.points.map((p) => p.count)).toEqual(perPoint);
        // "Weet niet" changes no figure of the scale.
        expect({ ...withApart, apart: null }).toEqual(without);
        const n = withApart.n;
        for (const point of withApart.points) {
          if (n === 0) expect(point.percent).toBeNull();
          else expect(point.percent).toBe(Math.floor((200 * point.count + n) / (2 * n)));
        }
        expect(withApart.apart!.percent).toBe(n + apart === 0 ? null : Math.floor((200 * apart + n + apart) / (2 * (n + apart))));
      }),
    );
  });
});
