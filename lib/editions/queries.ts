import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type * as schema from '@/db/schema';
import { editions } from '@/db/schema';
import { parseDefinition, type Definition } from '@/lib/questionnaire/definition';

/** The database or a transaction on it. */
export type Reader = BaseSQLiteDatabase<'sync', unknown, typeof schema>;

export type EditionRow = typeof editions.$inferSelect;
/**
 * `definitionVersion` is the SHA-256 (hex) of the definition's stored JSON
 * text: every save that stores something stores a different text, so an
 * editor that started from a version can tell it was changed since
 * (update-definition.ts) without a column of its own.
 */
export type Edition = Omit<EditionRow, 'definition'> & { definition: Definition; definitionVersion: string };

// Parsing a definition is cheap but not free; the stored JSON only changes
// when an edition is edited, which replaces the row's text. Bounded, since
// every edit makes a new text: the oldest parse goes first.
const parsedDefinitions = new Map<string, { definition: Definition; version: string }>();
const PARSED_DEFINITIONS_MAX = 32;

export function toEdition(row: EditionRow): Edition {
  const raw = typeof row.definition === 'string' ? row.definition : JSON.stringify(row.definition);
  let parsed = parsedDefinitions.get(raw);
  if (!parsed) {
    parsed = { definition: parseDefinition(JSON.parse(raw)), version: createHash('sha256').update(raw).digest('hex') };
    parsedDefinitions.set(raw, parsed);
    if (parsedDefinitions.size > PARSED_DEFINITIONS_MAX) parsedDefinitions.delete(parsedDefinitions.keys().next().value!);
  }
  return { ...row, definition: parsed.definition, definitionVersion: parsed.version };
}

/** An edition row as SQLite stores it (timestamps in epoch milliseconds, the definition as its JSON text), as a plain statement reads it. */
export type StoredEditionRow = Omit<EditionRow, 'definition' | 'opensAt' | 'closesAt' | 'createdAt'> & {
  opensAt: number | null;
  closesAt: number | null;
  createdAt: number;
  definition: string;
};

// The Edition last built per edition id, with the row it was built from.
const lastBuilt = new Map<number, { row: StoredEditionRow; edition: Edition }>();

/**
 * toEdition for the respondent's requests, which read one edition over and
 * over: the Edition built last for this id comes back as long as the row read
 * now is the same in every column, the definition's text included (compared,
 * never assumed: a change made by any process is seen at once). That spares
 * the parse cache's look-up by the whole text, which hashes all of it, and
 * the objects; callers share the Edition and must not change it.
 */
export function storedEdition(row: StoredEditionRow): Edition {
  const last = lastBuilt.get(row.id);
  if (last && sameRow(last.row, row)) return last.edition;
  const edition = toEdition({
    ...row,
    opensAt: row.opensAt === null ? null : new Date(row.opensAt),
    closesAt: row.closesAt === null ? null : new Date(row.closesAt),
    createdAt: new Date(row.createdAt),
  });
  lastBuilt.set(row.id, { row, edition });
  return edition;
}

function sameRow(a: StoredEditionRow, b: StoredEditionRow): boolean {
  return (
    a.code === b.code &&
    a.title === b.title &&
    a.status === b.status &&
    a.opensAt === b.opensAt &&
    a.closesAt === b.closesAt &&
    a.previousEditionId === b.previousEditionId &&
    a.createdAt === b.createdAt &&
    a.definition === b.definition
  );
}

export function getEditionByCode({ db, code }: { db: Reader; code: string }): Edition | undefined {
  const row = db.select().from(editions).where(eq(editions.code, code)).get();
  return row ? toEdition(row) : undefined;
}

export function getEditionById({ db, id }: { db: Reader; id: number }): Edition | undefined {
  const row = db.select().from(editions).where(eq(editions.id, id)).get();
  return row ? toEdition(row) : undefined;
}

export async function listEditions({ db }: { db: Reader }): Promise<Edition[]> {
  return (await db.select().from(editions).orderBy(editions.code)).map(toEdition);
}

export { editionPhase } from './phase';
