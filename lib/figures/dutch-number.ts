/**
 * Dutch number input: "12,5" is twelve and a half. A single dot is read as a
 * decimal point too ("12.5"), because people copy figures from English-language
 * tools; dots together with a comma, or several dots, are thousands separators
 * ("1.250,5", "1.000.000"). Spaces are ignored.
 *
 * Returns null for an empty field and the raw text when it is not a number, so
 * the answer schema reports "Vul een getal in." instead of the value vanishing.
 */
export function parseDutchNumber(raw: string): number | string | null {
  const text = raw.replace(/\s+/g, '');
  if (text === '') return null;
  let normalised = text;
  const dots = (text.match(/\./g) ?? []).length;
  if (text.includes(',')) {
    if ((text.match(/,/g) ?? []).length > 1) return raw;
    normalised = text.replace(/\./g, '').replace(',', '.');
  } else if (dots > 1) {
    normalised = text.replace(/\./g, '');
  }
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return raw;
  return Number(normalised);
}

/** A stored number as a Dutch reader writes it: 12.5 -> "12,5", no grouping. */
export function formatDutchNumber(value: number): string {
  return String(value).replace('.', ',');
}
