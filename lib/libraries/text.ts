/**
 * Characters that show nothing, or change how the text around them is shown:
 * controls (C0, DEL, C1), format characters (zero-width spaces and joiners,
 * bidirectional marks, embeddings, overrides and isolates, the soft hyphen)
 * and the rest of Unicode's default-ignorable code points (variation
 * selectors, Hangul fillers). In a library name they make two names that look
 * the same differ, or one name read as another.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/u;

/** The first invisible character of `value` as "U+XXXX" and its 1-based position, if any. */
export function findInvisibleCharacter(value: string): { codePoint: string; position: number } | undefined {
  const match = INVISIBLE.exec(value);
  if (!match) return undefined;
  const codePoint = `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return { codePoint, position: [...value.slice(0, match.index)].length + 1 };
}

/**
 * One spelling for what looks the same: Unicode NFC (a precomposed "ú" and
 * "u" plus an accent become one), every run of spaces of any kind (no-break,
 * thin, ideographic) one ordinary space, none at either end.
 */
export function normalizeText(value: string): string {
  return value.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** The key under which two library names count as the same library. */
export function libraryNameKey(name: string): string {
  return normalizeText(name).toLowerCase();
}
