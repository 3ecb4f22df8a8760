'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { actorFromUser } from '@/lib/audit/record';
import { staffAction } from '@/lib/auth/guard';
import { importFileSchema, libraryFormSchema, setLibraryActiveSchema } from '@/lib/libraries/forms';
import { importLibraries, parseLibrariesCsv } from '@/lib/libraries/import';
import { createLibrary, setLibraryActive, updateLibrary, type RegisterResult } from '@/lib/libraries/register';

export type LibraryValues = { name: string; province: string; email: string; sizeClass: string };
export type LibraryFormState =
  | { ok: true; message: string; values: LibraryValues; libraryId: number }
  | { ok: false; message?: string; errors: Record<string, string[]>; values?: LibraryValues };

// What the form sent, bounded, so a refused form comes back as typed; the
// rules themselves are libraryFormSchema's, checked in the action.
const bounded = z.string().max(2_000).optional().default('');
const rawLibrarySchema = z.object({ name: bounded, province: bounded, email: bounded, sizeClass: bounded });

async function saveLibrary(
  raw: z.infer<typeof rawLibrarySchema>,
  done: 'created' | 'updated',
  save: (input: z.infer<typeof libraryFormSchema>) => Promise<RegisterResult>,
): Promise<LibraryFormState> {
  const t = await getTranslations('libraries.register');
  const values = { name: raw.name, province: raw.province, email: raw.email, sizeClass: raw.sizeClass };
  const parsed = libraryFormSchema.safeParse(values);
  if (!parsed.success) return { ok: false, errors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>, values };
  const result = await save(parsed.data);
  if (!result.ok) {
    return result.reason === 'duplicate'
      ? { ok: false, errors: { name: [t('duplicate', { name: result.name })] }, values }
      : { ok: false, errors: {}, message: t('unknown'), values };
  }
  revalidatePath('/admin/libraries', 'layout');
  const saved = result.library;
  return {
    ok: true,
    message: result.changed ? t(done, { name: saved.name }) : t('unchanged'),
    values: { name: saved.name, province: saved.province, email: saved.email, sizeClass: saved.sizeClass ?? '' },
    libraryId: saved.id,
  };
}

export const createLibraryAction = staffAction('admin', rawLibrarySchema, async (raw, user) =>
  saveLibrary(raw, 'created', (input) => createLibrary({ db: getDb(), input, actor: actorFromUser(user) })),
);

export const updateLibraryAction = staffAction(
  'admin',
  rawLibrarySchema.extend({ libraryId: z.coerce.number().int().positive() }),
  async (raw, user) =>
    saveLibrary(raw, 'updated', (input) => updateLibrary({ db: getDb(), id: raw.libraryId, input, actor: actorFromUser(user) })),
);

export type SetActiveState = { ok: boolean; message: string; errors?: Record<string, string[]> } | null;

export const setLibraryActiveAction = staffAction(
  'admin',
  setLibraryActiveSchema,
  async ({ libraryId, active }, user): Promise<SetActiveState> => {
    const t = await getTranslations('libraries.register');
    const result = await setLibraryActive({ db: getDb(), id: libraryId, active, actor: actorFromUser(user) });
    if (!result.ok) return { ok: false, message: t('unknown') };
    revalidatePath('/admin/libraries', 'layout');
    return { ok: true, message: t(active ? 'reactivated' : 'deactivated', { name: result.library.name }) };
  },
);

export type ImportState =
  | { ok: true; message: string }
  | { ok: false; message?: string; errors?: Record<string, string[]>; problems?: { line: number; message: string }[] }
  | null;

/** The page's import: the CLI's parser and import, into the register only (inviting is per edition). */
export const importLibrariesAction = staffAction('admin', importFileSchema, async ({ file }, user): Promise<ImportState> => {
  const t = await getTranslations('libraries.register');
  const { rows, problems } = parseLibrariesCsv(new Uint8Array(await file.arrayBuffer()));
  const result =
    problems.length > 0 ? { ok: false as const, problems } : await importLibraries({ db: getDb(), rows, actor: actorFromUser(user) });
  if (!result.ok) return { ok: false, message: t('importFailed', { count: result.problems.length }), problems: result.problems };
  revalidatePath('/admin/libraries', 'layout');
  return { ok: true, message: t('imported', { created: result.created, updated: result.updated }) };
});
