import { describe, expect, it } from 'vitest';
import { generateInvitationToken, looksLikeToken } from './token';

describe('invitation tokens', () => {
  it('never begin with "-", so the links CSV never has to alter a token to keep a spreadsheet from reading it as a formula', () => {
    // One in 64 base64url strings begins with "-": among 2,000 tokens that happens all but surely.
    const tokens = Array.from({ length: 2_000 }, generateInvitationToken);
    expect(tokens.filter((t) => t.startsWith('-'))).toEqual([]);
    expect(tokens.every(looksLikeToken)).toBe(true);
    expect(new Set(tokens).size).toBe(tokens.length);
  });
});
