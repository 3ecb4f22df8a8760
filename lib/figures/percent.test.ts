import { describe, expect, it } from 'vitest';
import { divideRoundHalfUp, meanToOneDecimal, percentOfAmounts, wholePercent } from './percent';

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
