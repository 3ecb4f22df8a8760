'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { actorFromUser } from '@/lib/audit/record';
import { staffAction } from '@/lib/auth/guard';
import { describeChanges } from '@/lib/editions/change-list';
import { createEditionFrom } from '@/lib/editions/create-from';
import { closeEdition, openEdition, setEditionDates } from '@/lib/editions/lifecycle';
import { editionMessage, type EditionFailure } from '@/lib/editions/messages';
import { readMoments } from '@/lib/editions/requests';
import { updateEditionDefinition } from '@/lib/editions/update-definition';
import { describePath } from '@/lib/questionnaire/definition-paths';
import type { EditionFormState } from './form-state';

const code = z.string().trim().min(1).max(40);
const MAX_UPLOAD_BYTES = 256 * 1024;

function editionPath(editionCode: string): string {
  return `/admin/editions/${encodeURIComponent(editionCode)}`;
}

/** A refusal as form state: field errors at their inputs, the rest as the form's message. */
function refused(failure: EditionFailure, values?: Record<string, string>): EditionFormState {
  const errors: Record<string, string[]> = {};
  for (const error of failure.errors) (errors[error.path] ??= []).push(error.message);
  return { ok: false, errors, message: failure.errors.length === 0 ? failure.message : undefined, values };
}

export const createEditionAction = staffAction(
  'admin',
  z.object({ code: z.string().max(40), from: z.string().max(40) }),
  async (input, user): Promise<EditionFormState> => {
    const result = await createEditionFrom({ db: getDb(), code: input.code, from: input.from, actor: actorFromUser(user) });
    if (!result.ok) return refused(result, input);
    revalidatePath('/admin/editions');
    redirect(`${editionPath(result.edition.code)}?aangemaakt=1`);
  },
);

const momentsSchema = z.object({
  code,
  intent: z.enum(['save', 'open']),
  // Left out once the edition has opened: its opening moment is history.
  opensAt: z.string().max(40).optional(),
  closesAt: z.string().max(40).optional(),
});

/** "Momenten opslaan" and "Editie openen" in one form: both take the moments as typed. */
export const editionMomentsAction = staffAction('admin', momentsSchema, async (input, user): Promise<EditionFormState> => {
  const values = { opensAt: input.opensAt ?? '', closesAt: input.closesAt ?? '' };
  const moments = readMoments({ opensAt: input.opensAt, closesAt: input.closesAt });
  if (!moments.ok) return refused({ ok: false, reason: 'invalid', message: '', errors: moments.errors }, values);
  const args = { db: getDb(), code: input.code, actor: actorFromUser(user), ...moments.moments };
  const result = input.intent === 'open' ? await openEdition(args) : await setEditionDates(args);
  if (!result.ok) return refused(result, values);
  revalidatePath(editionPath(input.code));
  if (input.intent === 'open') redirect(`${editionPath(input.code)}?gedaan=geopend`);
  return { ok: true, messageKey: 'saved' };
});

export const closeEditionAction = staffAction('admin', z.object({ code }), async (input, user): Promise<EditionFormState> => {
  const result = await closeEdition({ db: getDb(), code: input.code, actor: actorFromUser(user) });
  if (!result.ok) return refused(result);
  revalidatePath(editionPath(input.code));
  redirect(`${editionPath(input.code)}?gedaan=gesloten`);
});

const uploadSchema = z.object({
  code,
  // The definitionVersion of the page the form was rendered with.
  version: z.string().regex(/^[0-9a-f]{64}$/),
  file: z.instanceof(File, { message: editionMessage('fileMissing') }),
});

/**
 * Replaces the definition with an uploaded JSON file, only over the version
 * the page showed; problems come back per field, in words.
 */
export const uploadDefinitionAction = staffAction(
  'admin',
  uploadSchema,
  async ({ code: editionCode, version, file }, user): Promise<EditionFormState> => {
    if (file.size === 0) return { ok: false, errors: { file: [editionMessage('fileMissing')] } };
    if (file.size > MAX_UPLOAD_BYTES)
      return { ok: false, errors: { file: [editionMessage('fileTooLarge', { max: MAX_UPLOAD_BYTES / 1024 })] } };
    let uploaded: unknown;
    try {
      uploaded = JSON.parse(await file.text());
    } catch {
      return { ok: false, errors: { file: [editionMessage('fileNotJson')] } };
    }
    const result = await updateEditionDefinition({
      db: getDb(),
      code: editionCode,
      definition: uploaded,
      expectedVersion: version,
      actor: actorFromUser(user),
    });
    if (!result.ok && result.reason === 'stale') return { ok: false, stale: true, message: result.message };
    if (!result.ok) {
      const problems = result.errors.map((e) => ({ path: e.path, where: describePath(uploaded, e.path), message: e.message }));
      return { ok: false, message: result.message, problems };
    }
    revalidatePath(editionPath(editionCode));
    return {
      ok: true,
      messageKey: result.changes.length === 0 ? 'unchanged' : 'uploaded',
      count: result.changes.length,
      changes: describeChanges(result.edition.definition, result.changes),
    };
  },
);
