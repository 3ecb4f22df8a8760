import { describe, expect, it } from 'vitest';
import { numberStatsFromHistogram } from './number-stats';

describe('number statistics from a histogram', () => {
  it('takes the middle value for an odd count', () => {
    expect(
      numberStatsFromHistogram([
        { value: 10, count: 1 },
        { value: 1, count: 1 },
        { value: 2, count: 1 },
      ]),
    ).toEqual({
      answered: 3,
      sum: 13,
      mean: 4.3,
      median: 2,
    });
  });
  it('takes the mean of the two middle values for an even count', () => {
    expect(
      numberStatsFromHistogram([
        { value: 1, count: 1 },
        { value: 2, count: 1 },
        { value: 3, count: 1 },
        { value: 10, count: 1 },
      ]).median,
    ).toBe(2.5);
    expect(
      numberStatsFromHistogram([
        { value: 4, count: 2 },
        { value: 9, count: 2 },
      ]).median,
    ).toBe(6.5);
    expect(
      numberStatsFromHistogram([
        { value: 4, count: 3 },
        { value: 9, count: 1 },
      ]).median,
    ).toBe(4);
  });
  it('reports nothing for no answers', () => {
    expect(numberStatsFromHistogram([])).toEqual({ answered: 0, sum: 0, mean: null, median: null });
  });
});
