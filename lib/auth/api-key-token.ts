import { createHash, randomBytes } from 'node:crypto';

const API_KEY_PREFIX = 'enq_';

/** 256 random bits, URL-safe, with a recognisable prefix (secret scanners, support). */
export function generateApiKey(): string {
  return API_KEY_PREFIX + randomBytes(32).toString('base64url');
}

/**
 * Plain SHA-256, no salt or slow hash: the key is 256 random bits, so there is
 * nothing to guess or look up in a table, and each request must find its key
 * with one index hit instead of an argon2 run per stored key.
 */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function looksLikeApiKey(key: string): boolean {
  return /^enq_[A-Za-z0-9_-]{43}$/.test(key);
}

/** What the UI shows to tell keys apart; 36 of the 256 random bits, harmless. */
export function apiKeyDisplayPrefix(key: string): string {
  return key.slice(0, API_KEY_PREFIX.length + 6);
}
