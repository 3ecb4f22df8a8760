import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { libraryFieldSchemas, type SizeClass } from './fields';
import { importFieldName, importMessage } from './messages';
import { libraryNameKey } from './text';

const fields = libraryFieldSchemas(importMessage, importFieldName);

// `size_class` is optional: a file without the column leaves stored size classes as they are.
const libraryRowSchema = z
  .object({ name: fields.name, province: fields.province, email: fields.email, size_class: fields.sizeClass.optional() })
  .transform(({ size_class, ...row }) => ({ ...row, ...(size_class !== undefined ? { sizeClass: size_class } : {}) }));

export type LibraryRow = { name: string; province: string; email: string; sizeClass?: SizeClass | null };
export type RowProblem = { line: number; message: string };

/**
 * The file's bytes as UTF-8 text, or the line of the first byte that is not
 * UTF-8. Spreadsheets often save Windows-1252; decoding that leniently would
 * store every "ú" or "â" in a library name as U+FFFD without a word.
 */
function decodeUtf8(bytes: Uint8Array): { text: string } | { problem: RowProblem } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const line = lenient.slice(0, lenient.indexOf('\uFFFD')).split('\n').length;
    return { problem: { line, message: importMessage('notUtf8') } };
  }
}

/**
 * Parses the libraries CSV (UTF-8, header name/province/email and optionally
 * size_class, comma or semicolon). Every problem is reported with its line number in the file.
 * Pass the file's bytes so that a file in another encoding is refused.
 */
export function parseLibrariesCsv(input: string | Uint8Array): { rows: (LibraryRow & { line: number })[]; problems: RowProblem[] } {
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    const decoded = decodeUtf8(input);
    if ('problem' in decoded) return { rows: [], problems: [decoded.problem] };
    text = decoded.text;
  }
  const content = text.replace(/^\uFEFF/, '');
  const firstLine = content.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // Rows as arrays, so that a row with too few or too many fields is one
    // more reported problem instead of the end of the parse.
    records = parse(content, {
      delimiter,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { rows: [], problems: [{ line: line ?? 1, message: importMessage('invalidCsv', { error: (error as Error).message }) }] };
  }
  const header = (records.shift()?.record ?? []).map((h) => h.toLowerCase().replace(/^\uFEFF/, ''));
  const missing = ['name', 'province', 'email'].filter((c) => !header.includes(c));
  if (missing.length > 0) {
    return { rows: [], problems: [{ line: 1, message: importMessage('missingColumns', { columns: missing.join(', ') }) }] };
  }

  const rows: (LibraryRow & { line: number })[] = [];
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  for (const { record: fields, info } of records) {
    const line = info.lines;
    if (fields.length !== header.length) {
      problems.push({ line, message: importMessage('fieldCount', { count: fields.length, expected: header.length }) });
      continue;
    }
    const record = Object.fromEntries(header.map((name, i) => [name, fields[i]]));
    const parsed = libraryRowSchema.safeParse(record);
    if (!parsed.success) {
      problems.push({ line, message: parsed.error.issues.map((i) => i.message).join('; ') });
      continue;
    }
    const key = libraryNameKey(parsed.data.name);
    if (seen.has(key)) {
      problems.push({ line, message: importMessage('duplicate', { name: parsed.data.name, line: seen.get(key)! }) });
      continue;
    }
    seen.set(key, line);
    rows.push({ ...parsed.data, line });
  }
  if (rows.length === 0 && problems.length === 0) problems.push({ line: 1, message: importMessage('empty') });
  return { rows, problems };
}
