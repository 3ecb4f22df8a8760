import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExportCell } from '@/lib/questionnaire/types/question-type';
import { csvLineWriter, type CsvSeparator } from './csv-lines';

/** csv-stringify with the export's options: the reference. */
function csvStringify(records: ExportCell[][], separator: CsvSeparator): string {
  const semicolon = separator === 'semicolon';
  return stringify(records, {
    delimiter: semicolon ? ';' : ',',
    record_delimiter: '\r\n',
    escape_formulas: true,
    // A lone CR or LF quoted too (csv-stringify quotes only its record delimiter by itself).
    quoted_match: /[\r\n]/,
    cast: { number: (value) => (semicolon ? String(value).replace('.', ',') : String(value)) },
  });
}

/** Texts made mostly of what CSV and the formula guard treat specially. */
const tricky = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      ';',
      ',',
      '"',
      '\r',
      '\n',
      '\r\n',
      "'",
      '=',
      '+',
      '-',
      '@',
      '\t',
      ' ',
      '.',
      '\uFF1D',
      '\uFF0B',
      '\uFF0D',
      '\uFF20',
      'é',
      '😀',
    ),
    fc.string({ minLength: 1, maxLength: 3 }),
  ),
  maxLength: 12,
});
const cell: fc.Arbitrary<ExportCell> = fc.oneof(
  tricky,
  fc.constantFrom(-1, -9, 0, 1, 12.5, -0.25, 1e21, 1.5e-7),
  fc.integer(),
  fc.double({ noNaN: true }),
);

describe('CSV lines', () => {
  it('are byte for byte what csv-stringify wrote: RFC 4180 quoting, CRLF, the formula guard, decimal commas with ;', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 8 }), { maxLength: 6 }),
        fc.constantFrom<CsvSeparator>('semicolon', 'comma'),
        (records, separator) => {
          expect(csvLineWriter(separator)(records)).toBe(csvStringify(records, separator));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('keep a text with a lone line break in one field, as a reader parses it', () => {
    for (const separator of ['semicolon', 'comma'] as const) {
      const text = csvLineWriter(separator)([[1, 'twee\nregels', 'cr\ralleen', -9]]);
      const records = parse(text, { delimiter: separator === 'semicolon' ? ';' : ',', relax_quotes: false });
      expect(records).toEqual([['1', 'twee\nregels', 'cr\ralleen', '-9']]);
    }
  });

  it('quote a text holding the separator, a quote or a line break, and guard formulas but not negative numbers', () => {
    const line = csvLineWriter('semicolon')([['a;b', 'say "hi"', 'two\r\nlines', '=SUM(A1)', '-min', -9, 12.5, '']]);
    expect(line).toBe('"a;b";"say ""hi""";"two\r\nlines";\'=SUM(A1);\'-min;-9;12,5;\r\n');
  });
});
