import { eq } from 'drizzle-orm';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { invitations, libraries } from '@/db/schema';
import { createInvitation } from '@/lib/invitations/create';
import type { Edition } from '@/lib/editions/queries';
import { importFieldName, importMessage, type ImportField } from './messages';
import { provinces } from './provinces';
import { findInvisibleCharacter, libraryNameKey, normalizeText } from './text';

/**
 * A text cell as one spelling: invisible and control characters refused
 * (they would let two names look the same, or one read as another), then
 * NFC with single spaces.
 */
function plainText(field: ImportField) {
  return z
    .string()
    .superRefine((value, ctx) => {
      const found = findInvisibleCharacter(value);
      if (found) ctx.addIssue({ code: 'custom', message: importMessage('invisibleCharacter', { field: importFieldName(field), ...found }), continue: false });
    })
    .transform(normalizeText);
}

const NAME_MAX = 200;

const libraryRowSchema = z.object({
  name: plainText('name').pipe(
    z.string().min(1, importMessage('nameMissing')).max(NAME_MAX, importMessage('nameTooLong', { max: NAME_MAX })),
  ),
  province: plainText('province')
    .transform((p) => provinces.find((known) => known.toLowerCase() === p.toLowerCase()) ?? p)
    .refine((p) => (provinces as readonly string[]).includes(p), { message: importMessage('unknownProvince', { provinces: provinces.join(', ') }) }),
  email: plainText('email').pipe(z.string().email(importMessage('invalidEmail'))),
});

export type LibraryRow = z.infer<typeof libraryRowSchema>;
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
 * Parses the libraries CSV (UTF-8, header name/province/email, comma or
 * semicolon). Every problem is reported with its line number in the file.
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
    records = parse(content, { delimiter, skip_empty_lines: true, trim: true, relax_column_count: true, info: true }) as unknown as typeof records;
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

export type ImportedInvitation = LibraryRow & { token: string; url: string; created: boolean };

/**
 * Adds or updates the libraries and gives each a personal link for the
 * edition, all in one transaction. A library that already has a link for the
 * edition is refused unless `reissue` is set, since a new link voids the old.
 */
export function importLibraries({
  db,
  edition,
  rows,
  reissue = false,
}: {
  db: Db;
  edition: Edition;
  rows: (LibraryRow & { line: number })[];
  reissue?: boolean;
}): { ok: true; invitations: ImportedInvitation[] } | { ok: false; problems: RowProblem[] } {
  return db.transaction((tx) => {
    const txDb = tx as unknown as Db;
    // Whole tables rather than an IN (...) over the file's names: no limit on
    // SQLite's bound variables for large files, and names match case-blind
    // the same way the file's own duplicates are found. The network has a few
    // hundred libraries, so this stays small. Stored names are keyed the same
    // way as the file's, so one stored before names were normalised is found.
    const wanted = new Set(rows.map((r) => libraryNameKey(r.name)));
    const existing = tx
      .select()
      .from(libraries)
      .all()
      .filter((l) => wanted.has(libraryNameKey(l.name)));
    const byName = new Map(existing.map((l) => [libraryNameKey(l.name), l]));
    if (!reissue) {
      const invited = tx
        .select({ libraryId: invitations.libraryId })
        .from(invitations)
        .where(eq(invitations.editionId, edition.id))
        .all();
      const invitedIds = new Set(invited.map((i) => i.libraryId));
      const problems = rows
        .filter((r) => invitedIds.has(byName.get(libraryNameKey(r.name))?.id ?? -1))
        .map((r) => ({
          line: r.line,
          message: importMessage('alreadyInvited', { name: r.name, edition: edition.code }),
        }));
      if (problems.length > 0) return { ok: false as const, problems };
    }

    const result: ImportedInvitation[] = rows.map((row) => {
      const known = byName.get(libraryNameKey(row.name));
      const libraryId = known
        ? tx
            .update(libraries)
            .set({ province: row.province, email: row.email })
            .where(eq(libraries.id, known.id))
            .returning({ id: libraries.id })
            .get().id
        : tx
            .insert(libraries)
            .values({ name: row.name, province: row.province, email: row.email })
            .returning({ id: libraries.id })
            .get().id;
      const invitation = createInvitation({ db: txDb, editionId: edition.id, libraryId });
      return { name: row.name, province: row.province, email: row.email, token: invitation.token, url: invitation.url, created: !known };
    });
    return { ok: true as const, invitations: result };
  });
}
