/**
 * Variable names that SPSS, R and spreadsheets all accept, from the stable
 * codes: a letter first, then letters, digits and underscores, at most 64
 * bytes (SPSS's limit), no reserved word of either language, and unique
 * without regard to case (SPSS folds case, so STATUS and status clash).
 */
export const MAX_NAME_BYTES = 64;

/** SPSS's reserved keywords and R's reserved words that an upper-case code could spell. */
const reserved = new Set([
  'ALL',
  'AND',
  'BY',
  'EQ',
  'GE',
  'GT',
  'LE',
  'LT',
  'NE',
  'NOT',
  'OR',
  'TO',
  'WITH',
  'TRUE',
  'FALSE',
  'NA',
  'NULL',
  'INF',
  'NAN',
]);

function cleaned(stem: string): string {
  const safe = stem.normalize('NFKD').replace(/[^A-Za-z0-9_]/g, '_');
  return /^[A-Za-z]/.test(safe) ? safe : `V${safe}`;
}

export class VariableNames {
  private readonly taken = new Set<string>();

  /** A valid name for this stem, unused so far; a clash gets _2, _3 … within the 64 bytes. */
  claim(stem: string): string {
    const base = cleaned(stem).slice(0, MAX_NAME_BYTES);
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? '' : `_${n}`;
      const name = base.slice(0, MAX_NAME_BYTES - suffix.length) + suffix;
      const key = name.toUpperCase();
      if (!reserved.has(key) && !this.taken.has(key)) {
        this.taken.add(key);
        return name;
      }
    }
  }
}
