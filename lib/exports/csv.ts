import { Readable } from 'node:stream';
import type { ExportCell } from '@/lib/questionnaire/types/question-type';
import { csvLineWriter, UTF8_BOM, type CsvSeparator } from './csv-lines';
import { cellDisplay, headerRow } from './display';
import { responseCellWriter, type ExportLayout, type ExportResponse } from './layout';

export type { CsvSeparator } from './csv-lines';

/**
 * The export as CSV, streamed a batch of responses at a time: UTF-8 with a
 * byte-order mark (so Excel reads accents), RFC 4180 quoting with CRLF line
 * ends, and text cells that a spreadsheet would run as a formula prefixed
 * with a quote (OWASP); numbers, missing codes such as -9 included, stay
 * numbers. With `;` (what Dutch Excel expects) decimals get a comma, as that
 * Excel reads them.
 */
export function csvExport(
  layout: ExportLayout,
  batches: AsyncIterable<ExportResponse[]>,
  { labels, separator }: { labels: boolean; separator: CsvSeparator },
): Readable {
  const lines = csvLineWriter(separator);
  const cellsOf = responseCellWriter(layout);
  const display = cellDisplay(layout, labels);
  async function* chunks(): AsyncGenerator<Buffer> {
    yield Buffer.from(UTF8_BOM + lines([headerRow(layout)]));
    for await (const batch of batches) yield Buffer.from(lines(batch.map((response) => display(cellsOf(response)))));
  }
  return Readable.from(chunks(), { objectMode: false });
}

/** A table (the results tables, the codebook) as CSV, written the same way as the answers. */
export function csvTable(rows: ExportCell[][], separator: CsvSeparator): Readable {
  return Readable.from([Buffer.from(UTF8_BOM + csvLineWriter(separator)(rows))], { objectMode: false });
}
