import { and, asc, eq, isNotNull, isNull, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { libraries } from '@/db/schema';
import { libraryNameKey } from './text';

export type Library = typeof libraries.$inferSelect;
export type LibraryStatus = 'active' | 'inactive' | 'all';

export async function getLibrary({ db, id }: { db: Db; id: number }): Promise<Library | undefined> {
  const [row] = await db.select().from(libraries).where(eq(libraries.id, id));
  return row;
}

/**
 * The register by name. `search` matches part of the name whatever its case,
 * spacing or Unicode form; it is applied here rather than in SQL, whose
 * lower() knows no accented capitals (the register holds a few hundred rows).
 */
export function listLibraries({
  db,
  search,
  province,
  status = 'all',
}: {
  db: Db;
  search?: string;
  province?: string;
  status?: LibraryStatus;
}): Library[] {
  const conditions: SQL[] = [];
  if (province) conditions.push(eq(libraries.province, province));
  if (status === 'active') conditions.push(isNull(libraries.deactivatedAt));
  if (status === 'inactive') conditions.push(isNotNull(libraries.deactivatedAt));
  const rows = db
    .select()
    .from(libraries)
    .where(and(...conditions))
    .orderBy(asc(libraries.name))
    .all();
  const wanted = search ? libraryNameKey(search) : '';
  return wanted ? rows.filter((l) => libraryNameKey(l.name).includes(wanted)) : rows;
}

/** The library whose name counts as the same as `name` (lib/libraries/text.ts), other than `exceptId`. */
export async function findLibraryByNameKey({
  db,
  name,
  exceptId,
}: {
  db: Db;
  name: string;
  exceptId?: number;
}): Promise<Library | undefined> {
  const key = libraryNameKey(name);
  return (await db.select().from(libraries)).find((l) => l.id !== exceptId && libraryNameKey(l.name) === key);
}
