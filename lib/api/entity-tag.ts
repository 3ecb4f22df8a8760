/** A version as an HTTP entity-tag: strong, quoted. */
export function entityTag(version: string): string {
  return `"${version}"`;
}

/**
 * The versions an `If-Match` header accepts: `undefined` when any will do
 * (no header, or `*`), else the strong tags it lists. Weak tags never match
 * in If-Match (RFC 9110 §13.1.1, strong comparison), and what cannot be read
 * as a tag matches nothing, so such a header is refused rather than ignored.
 */
export function ifMatchVersions(header: string | null): string[] | undefined {
  if (header === null || header.trim() === '*') return undefined;
  return header
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => /^"[^"]*"$/.test(tag))
    .map((tag) => tag.slice(1, -1));
}
