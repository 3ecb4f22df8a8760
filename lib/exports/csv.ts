import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { ExportCell } from '@/lib/questionnaire/types/question-type';
import { cellDisplay, headerRow } from './display';
import { responseCellWriter, type ExportLayout, type ExportResponse } from './layout';

export type CsvSeparator = 'semicolon' | 'comma';

/**
 * The export as CSV, streamed: UTF-8 with a byte-order mark (so Excel reads
 * accents), RFC 4180 quoting with CRLF line ends, and text cells that a
 * spreadsheet would run as a formula prefixed with a quote (OWASP); numbers,
 * missing codes such as -9 included, stay numbers. With `;` (what Dutch
 * Excel expects) decimals get a comma, as that Excel reads them.
 */
export function csvExport(
  layout: ExportLayout,
  batches: AsyncIterable<ExportResponse[]>,
  { labels, separator }: { labels: boolean; separator: CsvSeparator },
): Readable {
  const cellsOf = responseCellWriter(layout);
  const display = cellDisplay(layout, labels);
  async function* records(): AsyncGenerator<ExportCell[]> {
    yield headerRow(layout);
    for await (const batch of batches) for (const response of batch) yield display(cellsOf(response));
  }
  return writeCsv(Readable.from(records()), separator);
}

/** A table (the results tables, the codebook) as CSV, written the same way as the answers. */
export function csvTable(rows: ExportCell[][], separator: CsvSeparator): Readable {
  return writeCsv(Readable.from(rows), separator);
}

function writeCsv(source: Readable, separator: CsvSeparator): Readable {
  const semicolon = separator === 'semicolon';
  const stringifier = stringify({
    delimiter: semicolon ? ';' : ',',
    record_delimiter: '\r\n',
    bom: true,
    escape_formulas: true,
    cast: { number: (value) => (semicolon ? String(value).replace('.', ',') : String(value)) },
  });
  source.on('error', (error) => stringifier.destroy(error));
  return source.pipe(stringifier);
}
