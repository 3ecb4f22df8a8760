import { describe, expect, it } from 'vitest';
import { MAX_NAME_BYTES, VariableNames } from './names';

describe('variable names', () => {
  it('are valid SPSS and R names of at most 64 bytes, unique without regard to case', () => {
    const names = new VariableNames();
    expect(names.claim('status')).toBe('status');
    expect(names.claim('STATUS')).toBe('STATUS_2');
    expect(names.claim('A_B_C')).toBe('A_B_C');
    expect(names.claim('A_B_C')).toBe('A_B_C_2');
    const long = names.claim('Q'.repeat(80));
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    const again = names.claim('Q'.repeat(80));
    expect(again).not.toBe(long);
    expect(Buffer.byteLength(again)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(names.claim('TO')).toBe('TO_2');
    expect(names.claim('1X')).toMatch(/^[A-Za-z]/);
  });
});
