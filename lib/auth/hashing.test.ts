import { describe, expect, it } from 'vitest';
import { apiKeyDisplayPrefix, generateApiKey, hashApiKey, looksLikeApiKey } from './api-key-token';
import { hashPassword, newPasswordSchema, verifyPassword } from './password';

describe('password hashing', () => {
  it('stores argon2id hashes that verify only the right password', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash.startsWith('$argon2id$')).toBe(true);
    expect(hash).not.toContain('correct horse battery');
    expect(await verifyPassword(hash, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(hash, 'correct horse batterY')).toBe(false);
  });

  it('salts: the same password hashes differently each time', async () => {
    expect(await hashPassword('same password here')).not.toBe(await hashPassword('same password here'));
  });

  it('never lets a malformed stored hash through', async () => {
    expect(await verifyPassword('not-a-hash', 'anything')).toBe(false);
    expect(await verifyPassword('', '')).toBe(false);
  });

  it('demands at least 12 characters for a new password, with a Dutch message', () => {
    expect(newPasswordSchema.safeParse('elf-tekens!').success).toBe(false);
    expect(newPasswordSchema.safeParse('elf-tekens!').error?.issues[0].message).toBe('Het wachtwoord moet minstens 12 tekens lang zijn.');
    expect(newPasswordSchema.safeParse('twaalf-teken').success).toBe(true);
  });
});

describe('API key hashing', () => {
  it('makes distinct 256-bit keys with a recognisable prefix', () => {
    const keys = new Set(Array.from({ length: 50 }, generateApiKey));
    expect(keys.size).toBe(50);
    for (const key of keys) {
      expect(looksLikeApiKey(key)).toBe(true);
      expect(Buffer.from(key.slice(4), 'base64url')).toHaveLength(32);
    }
  });

  it('hashes deterministically with SHA-256 and never stores the key', () => {
    const key = generateApiKey();
    expect(hashApiKey(key)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashApiKey(key)).toBe(hashApiKey(key));
    expect(hashApiKey(key)).not.toContain(key.slice(4));
    // The FIPS 180-2 test vector for "abc".
    expect(hashApiKey('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('shows only a short prefix', () => {
    const key = generateApiKey();
    expect(apiKeyDisplayPrefix(key)).toHaveLength(10);
    expect(key.startsWith(apiKeyDisplayPrefix(key))).toBe(true);
  });
});
