import { describe, expect, it } from 'vitest';
import { divideRoundHalfUp, meanToOneDecimal, percentOfAmounts, wholePercent } from './percent';
import { numberStatsFromHistogram } from './numbers';

describe('whole percentages', () => {
  it('rounds an exact half up where floating point would round down', () => {
    expect((29 / 200) * 100).toBeLessThan(14.5); // the trap this module exists for
    expect(wholePercent(29, 200)).toBe(15);
    expect(wholePercent(1, 8)).toBe(13);
    expect(wholePercent(171, 200)).toBe(86);
  });
  it('rounds below a half down', () => {
    expect(wholePercent(21, 118)).toBe(18); // 17.80
    expect(wholePercent(1, 3)).toBe(33);
  });
  it('has no percentage for an empty base instead of dividing by zero', () => {
    expect(wholePercent(0, 0)).toBeNull();
    expect(percentOfAmounts(0, 0)).toBeNull();
    expect(meanToOneDecimal(0, 0)).toBeNull();
  });
  it('keeps decimal amounts exact', () => {
    expect(percentOfAmounts(919, 1838)).toBe(50);
    expect(percentOfAmounts(0.5, 4)).toBe(13); // 12.5
    expect(meanToOneDecimal(12.5 + 13, 2)).toBe(12.8); // 12.75 -> 12.8
    expect(divideRoundHalfUp(5, 2)).toBe(3);
  });
});

describe('number statistics from a histogram', () => {
  it('takes the middle value for an odd count', () => {
    expect(numberStatsFromHistogram([{ value: 10, count: 1 }, { value: 1, count: 1 }, { value: 2, count: 1 }])).toEqual({
      answered: 3,
      sum: 13,
      mean: 4.3,
      median: 2,
    });
  });
  it('takes the mean of the two middle values for an even count', () => {
    expect(numberStatsFromHistogram([{ value: 1, count: 1 }, { value: 2, count: 1 }, { value: 3, count: 1 }, { value: 10, count: 1 }]).median).toBe(2.5);
    expect(numberStatsFromHistogram([{ value: 4, count: 2 }, { value: 9, count: 2 }]).median).toBe(6.5);
    expect(numberStatsFromHistogram([{ value: 4, count: 3 }, { value: 9, count: 1 }]).median).toBe(4);
  });
  it('reports nothing for no answers', () => {
    expect(numberStatsFromHistogram([])).toEqual({ answered: 0, sum: 0, mean: null, median: null });
  });
});
