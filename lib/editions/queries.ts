import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { editions } from '@/db/schema';
import { parseDefinition, type Definition } from '@/lib/questionnaire/definition';

export type EditionRow = typeof editions.$inferSelect;
export type Edition = Omit<EditionRow, 'definition'> & { definition: Definition };

// Parsing a definition is cheap but not free; the stored JSON only changes
// when an edition is edited, which replaces the row's text.
const parsedDefinitions = new Map<string, Definition>();

export function toEdition(row: EditionRow): Edition {
  const raw = typeof row.definition === 'string' ? row.definition : JSON.stringify(row.definition);
  let definition = parsedDefinitions.get(raw);
  if (!definition) {
    definition = parseDefinition(JSON.parse(raw));
    parsedDefinitions.set(raw, definition);
  }
  return { ...row, definition };
}

export function getEditionByCode({ db, code }: { db: Db; code: string }): Edition | undefined {
  const row = db.select().from(editions).where(eq(editions.code, code)).get();
  return row ? toEdition(row) : undefined;
}

export function getEditionById({ db, id }: { db: Db; id: number }): Edition | undefined {
  const row = db.select().from(editions).where(eq(editions.id, id)).get();
  return row ? toEdition(row) : undefined;
}

export function listEditions({ db }: { db: Db }): Edition[] {
  return db.select().from(editions).orderBy(editions.code).all().map(toEdition);
}

export { editionPhase, isEditionOpen, type EditionPhase } from './phase';
