import type { ExportColumn as TypeColumn, ExportValue } from '@/lib/questionnaire/types/question-type';

/**
 * What the exports know about a column, beyond what the question types
 * declare today (lib/questionnaire/types/question-type.ts): two generic
 * capabilities that a rating scale needs and any later type may use.
 *
 * - `level: 'ordinal'`: the column's numbers are ordered points whose value is
 *   the answer (1 = "zeer ontevreden" … 5 = "zeer tevreden"), not an option's
 *   arbitrary number. SPSS gets VARIABLE LEVEL … (ORDINAL) and F8.0; R keeps
 *   the numbers (so mean() and median() work) and puts the value labels in
 *   attr(, "labels") as haven does; CSV and XLSX write the number, in the
 *   labels mode too, unless the column is also `categorical`.
 * - `missing`: values a respondent can give that count apart from the
 *   answer ("weet niet / niet van toepassing" as 99). Each is value-labelled
 *   and declared missing beside NOT_SHOWN and NOT_ANSWERED in SPSS, becomes
 *   NA in R with its label as the reason in `missing_reason`, is listed as
 *   missing in the codebook, and is written as its number in CSV and XLSX.
 *   Numeric columns only. SPSS declares at most three missing values (or a
 *   range and one value): one code always fits, more fit when they are
 *   negative or only one of them is not (lib/exports/spss.ts).
 *
 * A type's exportColumns may return these fields once question-type.ts's
 * ExportColumn carries them (or is this type); this one is written so that
 * either way the two stay compatible.
 */
export type ExportColumn = Omit<TypeColumn, 'level' | 'missing'> & {
  /** SPSS measurement level; 'ordinal' also decides how R reads the column (above). */
  level: TypeColumn['level'] | 'ordinal';
  /** Values that count apart, with their code and label, in the order to list them. */
  missing?: ExportValue[];
};

/** The column's own missing values, beyond NOT_SHOWN and NOT_ANSWERED (none for most columns). */
export function userMissing(column: Pick<ExportColumn, 'missing'>): ExportValue[] {
  return column.missing ?? [];
}

/** "99 = WEET_NIET (Weet niet / n.v.t.)", as valuesLine writes a value; '' when there are none. */
export function userMissingLine(column: Pick<ExportColumn, 'missing'>): string {
  return userMissing(column).map(valueWords).join('; ');
}

/** A value as the codebook writes it: "1 = Ja", or with its code when that is not the number: "1 = JA (Ja)". */
export function valueWords(v: ExportValue): string {
  return v.code === String(v.value) ? `${v.value} = ${v.label}` : `${v.value} = ${v.code} (${v.label})`;
}
