import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { transaction } from '@/db/transaction';
import { editions } from '@/db/schema';
import { recordAudit, type AuditActor } from '@/lib/audit/record';
import { checkDefinition, definitionMessage, fieldName } from '@/lib/questionnaire/definition-problems';
import { editionMessage, type EditionFailure } from './messages';
import { getEditionByCode, getEditionById, type Edition } from './queries';
import { compareDefinitions, type DefinitionChange } from './structure';

export type UpdateDefinitionResult =
  { ok: true; edition: Edition; changes: DefinitionChange[] } | (EditionFailure & { changes?: DefinitionChange[] });

function shown(value: unknown): string {
  if (value === null || value === undefined) return definitionMessage('nothing');
  if (Array.isArray(value)) return value.map(String).join(', ');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * Replaces an edition's whole definition, as the upload, the API and the
 * browser editor send it. The new definition passes the loader's schema
 * (problems in Dutch, addressed by field path), belongs to this edition,
 * and, once the edition has been opened, differs only in wording
 * (structure.ts): a structural change is refused as `locked`, listing each
 * change at its field. What changed is recorded in the audit log, in the
 * same transaction as the change. With `expectedVersion`, a definition
 * changed since the sender read it is refused as `stale`: no silent
 * overwrite of another admin's save.
 */
export async function updateEditionDefinition({
  db,
  code,
  definition: input,
  expectedVersion,
  actor,
  now = new Date(),
}: {
  db: Db;
  code: string;
  definition: unknown;
  /**
   * The `definitionVersion` the sender started from (or a list of versions it
   * accepts, as an HTTP If-Match may give); left out, the save replaces
   * whatever is stored.
   */
  expectedVersion?: string | readonly string[];
  actor: AuditActor;
  now?: Date;
}): Promise<UpdateDefinitionResult> {
  const checked = checkDefinition(input);
  return transaction(db, async (tx) => {
    const edition = getEditionByCode({ db: tx, code });
    if (!edition) return { ok: false, reason: 'unknown_edition', message: editionMessage('unknownEdition', { code }), errors: [] };
    // Read and compared inside the same immediate transaction as the write,
    // so no other save can come between the check and the update.
    if (expectedVersion !== undefined && ![expectedVersion].flat().includes(edition.definitionVersion)) {
      return { ok: false, reason: 'stale', message: editionMessage('definitionStale'), errors: [] };
    }
    if (!checked.ok) {
      return {
        ok: false,
        reason: 'invalid',
        message: editionMessage('definitionInvalid', { count: checked.problems.length }),
        errors: checked.problems,
      };
    }
    const definition = checked.definition;
    const previous = edition.previousEditionId ? getEditionById({ db: tx, id: edition.previousEditionId }) : undefined;
    const identity = [
      definition.edition !== edition.code && {
        path: 'edition',
        message: definitionMessage('wrongEdition', { found: definition.edition, expected: edition.code }),
      },
      (definition.previousEdition ?? null) !== (previous?.code ?? null) && {
        path: 'previousEdition',
        message: definitionMessage('wrongPreviousEdition', { found: shown(definition.previousEdition), expected: shown(previous?.code) }),
      },
    ].filter((p) => p !== false);
    if (identity.length > 0) {
      return { ok: false, reason: 'invalid', message: editionMessage('definitionInvalid', { count: identity.length }), errors: identity };
    }

    const { structural, wording } = compareDefinitions(edition.definition, definition);
    if (edition.status !== 'draft' && structural.length > 0) {
      return {
        ok: false,
        reason: 'locked',
        message: editionMessage('definitionLocked', { code }),
        errors: structural.map((change) => ({
          path: change.path,
          message: definitionMessage('locked', { field: fieldName(change.path), from: shown(change.from), to: shown(change.to) }),
        })),
        changes: structural,
      };
    }
    const changes = [...structural, ...wording];
    if (changes.length === 0) return { ok: true as const, edition, changes };

    await tx.update(editions).set({ definition, title: definition.title }).where(eq(editions.id, edition.id));
    recordAudit(tx, {
      actor,
      action: 'edition.definition_changed',
      target: `edition:${code}`,
      details: { structureChanged: structural.length > 0, changes },
      at: now,
    });
    return { ok: true as const, edition: getEditionByCode({ db: tx, code })!, changes };
  });
}
