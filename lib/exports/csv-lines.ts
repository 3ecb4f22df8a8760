import type { ExportCell } from '@/lib/questionnaire/types/question-type';

export type CsvSeparator = 'semicolon' | 'comma';

/*
 * The export's CSV lines, written here rather than by csv-stringify: at
 * 100,000 responses csv-stringify spent more time on its per-field options
 * and arrays than the database spent reading the answers (bench/exports.ts,
 * docs/benchmarks.md "Exports"). The output is byte for byte what
 * csv-stringify wrote with the options the export used (`delimiter`,
 * `record_delimiter: '\r\n'`, `escape_formulas: true`, numbers cast with a
 * decimal comma for `;`) plus quotes around any line break, which
 * csv-lines.test.ts checks against csv-stringify on arbitrary cells:
 *
 * - RFC 4180: a field holding the separator, a double quote, CR or LF is put
 *   in double quotes, a double quote inside it doubled; lines end in CRLF.
 * - A text a spreadsheet would run as a formula gets a leading quote (OWASP):
 *   one starting with = + - @ tab CR or their full-width forms. Numbers,
 *   missing codes such as -9 included, stay numbers.
 */

/** What csv-stringify's escape_formulas guards: the first characters of a formula. */
const formulaStarts = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

/** Writes records as CSV lines, each ending in CRLF. */
export function csvLineWriter(separator: CsvSeparator): (records: Iterable<ExportCell[]>) => string {
  const semicolon = separator === 'semicolon';
  const delimiter = semicolon ? ';' : ',';
  // Any CR or LF, not only a CRLF: csv-stringify given its record delimiter left a lone LF (a textarea's line
  // break) unquoted, which split the response's line in two for every reader.
  const needsQuotes = semicolon ? /[;"\r\n]/ : /[,"\r\n]/;

  function text(value: string): string {
    if (value === '') return '';
    const guarded = formulaStarts.has(value[0]) ? `'${value}` : value;
    if (!needsQuotes.test(guarded)) return guarded;
    return `"${guarded.replaceAll('"', '""')}"`;
  }

  // A number's text never holds a separator, a quote or a line break.
  const number = semicolon ? (value: number) => String(value).replace('.', ',') : (value: number) => String(value);

  return (records) => {
    let out = '';
    for (const cells of records) {
      for (let i = 0; i < cells.length; i++) {
        const cell = cells[i];
        if (i > 0) out += delimiter;
        out += typeof cell === 'number' ? number(cell) : text(cell);
      }
      out += '\r\n';
    }
    return out;
  };
}

/** The byte-order mark that makes Excel read the file as UTF-8. */
export const UTF8_BOM = '\uFEFF';
