import { describe, expect, it } from 'vitest';
import { parseMoment, toAmsterdamLocal } from './moments';

describe('moments as people in the Netherlands type them', () => {
  it('reads a date-time field as Amsterdam time, summer and winter', () => {
    expect(parseMoment('2024-06-30T17:00')?.toISOString()).toBe('2024-06-30T15:00:00.000Z');
    expect(parseMoment('2024-01-15T09:30')?.toISOString()).toBe('2024-01-15T08:30:00.000Z');
  });

  it('takes an explicit offset or Z as given', () => {
    expect(parseMoment('2024-06-30T17:00:00Z')?.toISOString()).toBe('2024-06-30T17:00:00.000Z');
    expect(parseMoment('2024-06-30T17:00:00+02:00')?.toISOString()).toBe('2024-06-30T15:00:00.000Z');
  });

  it('refuses what is not a real moment', () => {
    for (const value of ['', '30-06-2024 17:00', '2024-02-30T10:00', '2024-06-30T25:00', '2024-03-31T02:30', 'morgen']) {
      expect(parseMoment(value), value).toBeUndefined();
    }
  });

  it('writes a moment back in the form a date-time field takes', () => {
    expect(toAmsterdamLocal(new Date('2024-06-30T15:00:00Z'))).toBe('2024-06-30T17:00');
    expect(toAmsterdamLocal(new Date('2024-12-31T23:30:00Z'))).toBe('2025-01-01T00:30');
  });
});
