import { describe, expect, it } from 'vitest';
import { countInWords } from './number-words';

describe('countInWords', () => {
  it('writes small counts in words and larger ones in figures', () => {
    expect([1, 3, 12, 20, 21, 150].map(countInWords)).toEqual(['één', 'drie', 'twaalf', 'twintig', '21', '150']);
  });
});
