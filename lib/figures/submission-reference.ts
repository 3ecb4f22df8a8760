/** Crockford's base-32 digits: no I, L, O or U, so a reference read out over the phone is not misheard. */
const DIGITS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The reference of one sending of a response, as the confirmation page and
 * the receipt show it: the response's id (so staff can find it) and four
 * characters from the moment it was sent (so each sending has its own).
 * Derived, not stored: the same response and moment give the same reference.
 */
export function submissionReference(responseId: number, submittedAt: Date): string {
  // FNV-1a over the id and the moment in milliseconds.
  let hash = 0x811c9dc5;
  for (const char of `${responseId}:${submittedAt.getTime()}`) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  let code = '';
  for (let i = 0; i < 4; i++) {
    code += DIGITS[hash & 31];
    hash >>>= 5;
  }
  return `R${responseId}-${code}`;
}
