import type { ExportCell } from '@/lib/questionnaire/types/question-type';

/*
 * The data sheet's rows as the XML exceljs's streaming writer puts in the
 * sheet, written here rather than by exceljs's row model: at 100,000
 * responses exceljs spent more time making a Row and a Cell object of every
 * cell, their models and then their XML than the whole CSV export took
 * (bench/exports.ts, docs/benchmarks.md "Exports"). exceljs still writes the
 * workbook: the zip, every part, the sheet's head, its frozen header row and
 * its end; only the `<row>` elements of the responses come from here, into
 * the sheet's stream (lib/exports/xlsx.ts). They are byte for byte what
 * exceljs wrote for `addRow(cells).commit()` with the writer's options
 * (no styles, no shared strings), which xlsx-rows.test.ts checks against
 * exceljs on arbitrary cells:
 *
 * - a row: `<row r="2" spans="1:36" x14ac:dyDescent="0.25">`, its cells in
 *   column order, each with its address (`AB2`);
 * - a number: `<v>` with JavaScript's own text of it;
 * - a text (the empty one too): `t="str"` and `<v>` with the text, `& < > " '`
 *   as entities and the control characters XML 1.0 cannot hold (all below
 *   U+0020 but tab, LF and CR, and DEL) left out.
 */

/** What exceljs leaves out of a text: XML 1.0 has no place for them. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const notInXml = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g;
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
// eslint-disable-next-line no-control-regex -- as above
const special = /[&<>"'\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/;

function xmlText(value: string): string {
  if (!special.test(value)) return value;
  return value.replace(notInXml, '').replace(/[&<>"']/g, (c) => entities[c]);
}

/** A column's letters, as Excel numbers them: A … Z, AA … AZ, BA … */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * Writes rows of `columns` cells, numbered on from `firstRow`, as sheet XML.
 * Made once per sheet: the column letters are the same for every row.
 */
export function sheetRowWriter(columns: number, firstRow: number): (rows: Iterable<ExportCell[]>) => string {
  const letters = Array.from({ length: columns }, (_, i) => columnLetters(i + 1));
  let number = firstRow;
  return (rows) => {
    let out = '';
    for (const cells of rows) {
      if (cells.length > columns) throw new Error(`A row of ${cells.length} cells in a sheet of ${columns} columns`);
      // exceljs writes no element for a row without cells, and numbers on.
      if (cells.length > 0) {
        out += `<row r="${number}" spans="1:${cells.length}" x14ac:dyDescent="0.25">`;
        for (let i = 0; i < cells.length; i++) {
          const cell = cells[i];
          out +=
            typeof cell === 'number'
              ? `<c r="${letters[i]}${number}"><v>${cell}</v></c>`
              : `<c r="${letters[i]}${number}" t="str"><v>${xmlText(cell)}</v></c>`;
        }
        out += '</row>';
      }
      number++;
    }
    return out;
  };
}
