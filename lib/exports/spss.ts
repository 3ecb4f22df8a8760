import { PassThrough, Readable } from 'node:stream';
import { ZipArchive } from 'archiver';
import { stringify } from 'csv-stringify';
import { NOT_ANSWERED, NOT_SHOWN, type ExportCell } from '@/lib/questionnaire/types/question-type';
import { userMissing } from './column';
import { responseCellWriter, type ExportLayout, type ExportResponse, type LayoutColumn } from './layout';
import { exportText } from './words';

/**
 * The export for SPSS (and GNU PSPP): a zip with the data as plain CSV (option
 * numbers, 0/1, missing codes; `.` decimals; no formula guard, as no
 * spreadsheet reads it) and a syntax file that reads it with its variable
 * and value labels, missing values (a column's own, such as "weet niet", as
 * well: lib/exports/column.ts), measurement levels and a multiple-response set
 * per multiple choice.
 */

/** SPSS's limits in bytes: variable labels 256, value labels 120 (older versions), strings 32767. */
const VARIABLE_LABEL_BYTES = 255;
const VALUE_LABEL_BYTES = 120;
const MAX_STRING_BYTES = 32767;

/** Cut to `max` UTF-8 bytes without splitting a character; line breaks become spaces. */
export function fitBytes(text: string, max: number): string {
  let result = '';
  let bytes = 0;
  for (const char of text.replace(/[\r\n\t]+/g, ' ')) {
    const size = Buffer.byteLength(char);
    if (bytes + size > max) break;
    result += char;
    bytes += size;
  }
  return result;
}

/** A quoted SPSS string: single quotes, an inner quote doubled. */
export function spssQuote(text: string, max: number): string {
  return `'${fitBytes(text, max).replace(/'/g, "''")}'`;
}

/** Bytes a string column needs: its longest text in UTF-8's worst case. */
function stringWidth(column: LayoutColumn): number {
  return Math.min(MAX_STRING_BYTES, (column.maxLength ?? 255) * 4);
}

function format(column: LayoutColumn): string {
  if (column.kind === 'string') return `A${stringWidth(column)}`;
  // A scale column has decimals unless it says it holds whole numbers; other levels only when they say they do not.
  return (column.level === 'scale' && !column.integer) || column.integer === false ? 'F12.2' : 'F8.0';
}

const missingLabels = [
  { value: NOT_SHOWN, label: exportText.missing.notShown },
  { value: NOT_ANSWERED, label: exportText.missing.notAnswered },
];

function valueLabels(column: LayoutColumn): string | null {
  if (!column.question) return null;
  const quoteValue = (value: number) => (column.kind === 'string' ? `'${value}'` : String(value));
  const labels = [...[...column.values, ...userMissing(column)].map((v) => ({ value: v.value, label: v.label })), ...missingLabels];
  return `  ${column.name} ${labels.map((l) => `${quoteValue(l.value)} ${spssQuote(l.label, VALUE_LABEL_BYTES)}`).join(' ')}`;
}

/**
 * The MISSING VALUES list of a column with missing values of its own. SPSS
 * takes at most three discrete values, or a range and one value: beyond three,
 * the codes up to -1 are declared as LOWEST THRU -1, which is sound only when
 * no labelled value lies in that range and at most one own code lies outside it.
 */
export function missingValuesSpec(column: Pick<LayoutColumn, 'name' | 'kind' | 'values' | 'missing'>): string {
  const own = userMissing(column).map((v) => v.value);
  if (own.length > 0 && column.kind !== 'numeric') throw new Error(`${column.name}: only numeric columns have missing values of their own`);
  const discrete = [...new Set([NOT_SHOWN, NOT_ANSWERED, ...own])];
  if (discrete.length <= 3) return `(${discrete.join(', ')})`;
  const outsideRange = own.filter((value) => value > -1);
  if (outsideRange.length <= 1 && column.values.every((v) => v.value > -1)) {
    return `(LOWEST THRU -1${outsideRange.length === 1 ? `, ${outsideRange[0]}` : ''})`;
  }
  throw new Error(`${column.name}: SPSS cannot declare the missing values ${discrete.join(', ')} (three values, or a range and one value)`);
}

export type SyntaxHeader = { edition: string; filters: string; moment: string; dataFile: string };

/** The .sps file. Run it from the folder it is in: it reads `dataFile` from there. */
export function spssSyntax(layout: ExportLayout, header: SyntaxHeader): string {
  const columns = layout.columns;
  const answerColumns = columns.filter((c) => c.question);
  const lines: string[] = [
    `* ${fitBytes(`Enquete export ${header.edition}`, 200)}.`,
    `* Filters: ${fitBytes(header.filters || '-', 200)}.`,
    `* Made: ${header.moment}.`,
    `* Missing: ${NOT_SHOWN} = not shown by the routing, ${NOT_ANSWERED} = shown but not answered.`,
    '',
    `GET DATA /TYPE=TXT /FILE=${spssQuote(header.dataFile, 200)} /ENCODING='UTF8'`,
    '  /ARRANGEMENT=DELIMITED /DELCASE=LINE /FIRSTCASE=2',
    `  /DELIMITERS="," /QUALIFIER='"'`,
    '  /VARIABLES=',
    ...columns.map((c) => `  ${c.name} ${format(c)}`),
    '.',
    '',
    'VARIABLE LABELS',
    columns.map((c) => `  ${c.name} ${spssQuote(c.label, VARIABLE_LABEL_BYTES)}`).join('\n  /\n'),
    '.',
    '',
  ];
  const labelled = answerColumns.map(valueLabels).filter((l): l is string => l !== null);
  if (labelled.length > 0) lines.push('VALUE LABELS', labelled.join('\n  /\n'), '.', '');
  const ownMissing = answerColumns.filter((c) => userMissing(c).length > 0);
  const numeric = answerColumns.filter((c) => c.kind === 'numeric' && !ownMissing.includes(c)).map((c) => c.name);
  const strings = answerColumns.filter((c) => c.kind === 'string' && !ownMissing.includes(c)).map((c) => c.name);
  if (numeric.length > 0) lines.push(`MISSING VALUES ${numeric.join(' ')} (${NOT_SHOWN}, ${NOT_ANSWERED}).`);
  if (strings.length > 0) lines.push(`MISSING VALUES ${strings.join(' ')} ('${NOT_SHOWN}', '${NOT_ANSWERED}').`);
  for (const column of ownMissing) lines.push(`MISSING VALUES ${column.name} ${missingValuesSpec(column)}.`);
  const byLevel = (level: LayoutColumn['level']) => columns.filter((c) => c.kind === 'numeric' && c.level === level).map((c) => c.name);
  const nominal = byLevel('nominal');
  const ordinal = byLevel('ordinal');
  const scale = byLevel('scale');
  if (nominal.length > 0) lines.push(`VARIABLE LEVEL ${nominal.join(' ')} (NOMINAL).`);
  if (ordinal.length > 0) lines.push(`VARIABLE LEVEL ${ordinal.join(' ')} (ORDINAL).`);
  if (scale.length > 0) lines.push(`VARIABLE LEVEL ${scale.join(' ')} (SCALE).`);
  const sets = new Map<LayoutColumn['question'], LayoutColumn[]>();
  for (const column of answerColumns.filter((c) => c.optionOf)) sets.set(column.question, [...(sets.get(column.question) ?? []), column]);
  if (sets.size > 0) {
    lines.push('', 'MRSETS');
    for (const [question, members] of sets) {
      lines.push(
        `  /MDGROUP NAME=$${fitBytes(question!.code, 63)} LABEL=${spssQuote(question!.text, VARIABLE_LABEL_BYTES)}`,
        `    VARIABLES=${members.map((m) => m.name).join(' ')} VALUE=1`,
      );
    }
    lines.push('.');
  }
  lines.push('', 'EXECUTE.', '');
  return lines.join('\n');
}

/** Data rows for SPSS and R: raw numbers, strings on one line. */
export function plainDataRows(layout: ExportLayout, batches: AsyncIterable<ExportResponse[]>): Readable {
  const cellsOf = responseCellWriter(layout);
  async function* records(): AsyncGenerator<ExportCell[]> {
    yield layout.columns.map((c) => c.name);
    for await (const batch of batches) {
      for (const response of batch)
        yield cellsOf(response).map((cell) => (typeof cell === 'string' ? cell.replace(/[\r\n]+/g, ' ') : cell));
    }
  }
  const stringifier = stringify({ delimiter: ',', record_delimiter: '\n', quoted_string: true });
  const source = Readable.from(records());
  source.on('error', (error) => stringifier.destroy(error));
  return source.pipe(stringifier);
}

/** A zip of a syntax file and the data it reads, streamed. */
export function syntaxZip(files: { syntaxName: string; syntax: string; dataName: string; data: Readable }): Readable {
  const output = new PassThrough();
  const zip = new ZipArchive({ zlib: { level: 6 } });
  zip.on('error', (error: Error) => output.destroy(error));
  zip.pipe(output);
  zip.append(files.syntax, { name: files.syntaxName });
  zip.append(files.data, { name: files.dataName });
  void zip.finalize();
  return output;
}
