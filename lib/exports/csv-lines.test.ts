import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExportCell } from '@/lib/questionnaire/types/question-type';
import { csvLineWriter, type CsvSeparator } from './csv-lines';

/** What the export wrote with csv-stringify before it wrote its own lines: the reference. */
function csvStringify(records: ExportCell[][], separator: CsvSeparator): string {
  const semicolon = separator === 'semicolon';
  return stringify(records, {
    delimiter: semicolon ? ';' : ',',
    record_delimiter: '\r\n',
    escape_formulas: true,
    cast: { number: (value) => (semicolon ? String(value).replace('.', ',') : String(value)) },
  });
}

/** Texts made mostly of what CSV and the formula guard treat specially. */
const tricky = fc.string({
  unit: fc.oneof(
    fc.constantFrom(';', ',', '"', '\r', '\n', '\r\n', "'", '=', '+', '-', '@', '\t', ' ', '.', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', 'é', '😀'),
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
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 8 }), { maxLength: 6 }), fc.constantFrom<CsvSeparator>('semicolon', 'comma'), (records, separator) => {
        expect(csvLineWriter(separator)(records)).toBe(csvStringify(records, separator));
      }),
      { numRuns: 2000 },
    );
  });

  it('quote a text holding the separator, a quote or a line break, and guard formulas but not negative numbers', () => {
    const line = csvLineWriter('semicolon')([['a;b', 'say "hi"', 'two\r\nlines', '=SUM(A1)', '-min', -9, 12.5, '']]);
    expect(line).toBe('"a;b";"say ""hi""";"two\r\nlines";\'=SUM(A1);\'-min;-9;12,5;\r\n');
  });
});
