import * as nodeCrypto from 'node:crypto';
import { createHash, randomBytes } from 'node:crypto';

/**
 * 256 random bits, URL-safe. Only its hash is stored. Never one that begins
 * with "-": a spreadsheet reads such a cell of the links CSV as a formula, so
 * the CLI would have to print it altered (a tiny loss of randomness, well under a bit).
 */
export function generateInvitationToken(): string {
  for (;;) {
    const token = randomBytes(32).toString('base64url');
    if (!token.startsWith('-')) return token;
  }
}

// Absent on Node 20.9-20.11, which the engines field still allows.
const oneShotHash = (nodeCrypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

/**
 * A plain SHA-256 suffices (no salt, no slow hash): the token is 256 random
 * bits, so there is nothing to brute-force, and lookups must stay an index hit.
 */
export function hashInvitationToken(token: string): string {
  // The one-shot crypto.hash (Node 20.12+) is several times cheaper than a Hash object,
  // and the sender checks a link's hash before every message (docs/benchmarks.md, "Mailing").
  return oneShotHash ? oneShotHash('sha256', token, 'hex') : createHash('sha256').update(token, 'utf8').digest('hex');
}

export function looksLikeToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{22,128}$/.test(token);
}
