import { describe, expect, it } from 'vitest';
import { entityTag, ifMatchVersions } from './entity-tag';

describe('If-Match', () => {
  it('accepts any version without the header or with *', () => {
    expect(ifMatchVersions(null)).toBeUndefined();
    expect(ifMatchVersions(' * ')).toBeUndefined();
  });

  it('reads the strong tags it lists, as the ETag gave them', () => {
    expect(ifMatchVersions(entityTag('abc'))).toEqual(['abc']);
    expect(ifMatchVersions('"abc", W/"def" ,"ghi"')).toEqual(['abc', 'ghi']);
  });

  it('matches nothing when it holds no strong tag', () => {
    expect(ifMatchVersions('W/"abc"')).toEqual([]);
    expect(ifMatchVersions('abc')).toEqual([]);
  });
});
