'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { staffAction } from '@/lib/auth/guard';
import { describeChanges } from '@/lib/editions/change-list';
import { updateEditionDefinition } from '@/lib/editions/update-definition';
import { describePath } from '@/lib/questionnaire/definition-paths';
import nl from '@/messages/nl/editor.json';
import { MAX_DEFINITION_CHARS } from './model/limits';
import type { EditorSaveState } from './save-state';
import { fillTemplate } from '@/lib/fill-template';

const schema = z.object({
  code: z.string().trim().min(1).max(40),
  // The definitionVersion the editor loaded or last saved: a save over another admin's is refused.
  version: z.string().regex(/^[0-9a-f]{64}$/),
  // The whole definition as JSON text, bounded before it is parsed.
  definition: z.string().max(MAX_DEFINITION_CHARS, { message: fillTemplate(nl.editor.tooLarge, { max: MAX_DEFINITION_CHARS / 1024 }) }),
});

/**
 * "Opslaan" in the editor: the whole definition through the one way a
 * definition changes (updateEditionDefinition: the loader's schema, the lock
 * of an open edition, the audit entry), only over the version the editor
 * started from. Problems come back with their field paths, for the editor to
 * show at its fields; success with the new version to go on from.
 */
export const saveDefinitionAction = staffAction(
  'admin',
  schema,
  async ({ code, version, definition }, _user, actor): Promise<EditorSaveState> => {
    const t = await getTranslations('editor');
    let input: unknown;
    try {
      input = JSON.parse(definition);
    } catch {
      return { ok: false, message: t('notJson') };
    }
    const result = await updateEditionDefinition({ db: getDb(), code, definition: input, expectedVersion: version, actor });
    if (!result.ok && result.reason === 'stale') return { ok: false, stale: true, message: result.message };
    if (!result.ok) {
      return { ok: false, message: result.message, problems: result.errors.map((e) => ({ ...e, where: describePath(input, e.path) })) };
    }
    const base = `/admin/editions/${encodeURIComponent(code)}`;
    revalidatePath(base);
    revalidatePath(`${base}/vragenlijst/voorbeeld`);
    return { ok: true, version: result.edition.definitionVersion, changes: describeChanges(result.edition.definition, result.changes) };
  },
);
