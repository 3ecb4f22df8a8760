import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe. Only its hash is stored. */
export function generateInvitationToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * A plain SHA-256 suffices (no salt, no slow hash): the token is 256 random
 * bits, so there is nothing to brute-force, and lookups must stay an index hit.
 */
export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function looksLikeToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{22,128}$/.test(token);
}
