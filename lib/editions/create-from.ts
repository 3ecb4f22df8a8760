import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { transaction } from '@/db/transaction';
import { auditLog, editions, mailTemplates } from '@/db/schema';
import { recordAudit, type AuditActor } from '@/lib/audit/record';
import { checkDefinition } from '@/lib/questionnaire/definition-problems';
import { editionFailure, type EditionFailure } from './messages';
import { getEditionByCode, type Edition } from './queries';
import { isSchoolYear, replaceSchoolYear, schoolYearCodeSchema, schoolYearReplacer } from './school-year';
import type { DefinitionChange } from './structure';

export type CreateEditionResult = { ok: true; edition: Edition; replacements: DefinitionChange[] } | EditionFailure;

/**
 * Next year's edition as a copy of `from`: the same questions and option
 * codes (so results compare year on year), the school year replaced in the
 * wording, a concept without moments, invitations or responses, linked to
 * its source, with the source's own mail texts (year replaced too). The replacements are returned and kept in the audit entry, so
 * the edition's page can show them for review.
 */
export async function createEditionFrom({
  db,
  code: rawCode,
  from,
  actor,
  now = new Date(),
}: {
  db: Db;
  code: string;
  from: string;
  actor: AuditActor;
  now?: Date;
}): Promise<CreateEditionResult> {
  const code = rawCode.trim();
  if (!schoolYearCodeSchema.safeParse(code).success) return editionFailure('invalid', 'codeFormat', {}, 'code');
  if (!from.trim()) return editionFailure('invalid', 'fromMissing', {}, 'from');

  return transaction(db, async (tx) => {
    const [taken] = await tx.select({ id: editions.id }).from(editions).where(eq(editions.code, code));
    if (taken) {
      return editionFailure('exists', 'codeTaken', { code }, 'code');
    }
    const source = getEditionByCode({ db: tx, code: from.trim() });
    if (!source) return editionFailure('invalid', 'unknownFrom', { code: from.trim() }, 'from');

    const { definition: copy, replacements } = replaceSchoolYear(source.definition, source.code, code);
    copy.edition = code;
    if (isSchoolYear(source.code)) copy.previousEdition = source.code;
    else delete copy.previousEdition;
    // A copy of a valid definition is valid; checking again keeps a bad row from ever being written.
    const checked = checkDefinition(copy);
    if (!checked.ok)
      return { ok: false, reason: 'invalid', message: checked.problems[0].message, errors: checked.problems } satisfies EditionFailure;

    const [created] = await tx
      .insert(editions)
      .values({
        code,
        title: checked.definition.title,
        status: 'draft',
        previousEditionId: source.id,
        definition: checked.definition,
        createdAt: now,
      })
      .returning({ id: editions.id });
    await copyEditionTemplates(tx, { from: source, to: { id: created.id, code }, now });
    recordAudit(tx, {
      actor,
      action: 'edition.created',
      target: `edition:${code}`,
      details: { from: source.code, replacements },
      at: now,
    });
    return { ok: true as const, edition: getEditionByCode({ db: tx, code })!, replacements };
  });
}

/** The source and school-year replacements of an edition made by copying, for review on its page. */
export async function creationReview({
  db,
  code,
}: {
  db: Db;
  code: string;
}): Promise<{ from: string; replacements: DefinitionChange[] } | undefined> {
  const [entry] = await db
    .select({ details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.action, 'edition.created'), eq(auditLog.target, `edition:${code}`)))
    .orderBy(desc(auditLog.id));
  const details = entry?.details as { from?: string; replacements?: DefinitionChange[] } | undefined;
  return details?.from ? { from: details.from, replacements: details.replacements ?? [] } : undefined;
}

/**
 * Copies an edition's own templates to a new edition made from it (inside
 * that creation's transaction), with the school year replaced as in the
 * definition. Default texts are not copied: they stay the defaults. Here
 * rather than in lib/mail, which reads editions: the copy is part of making
 * the edition.
 */
async function copyEditionTemplates(
  tx: Db,
  { from, to, now }: { from: Pick<Edition, 'id' | 'code'>; to: Pick<Edition, 'id' | 'code'>; now: Date },
): Promise<number> {
  const replace = schoolYearReplacer(from.code, to.code) ?? ((text: string) => text);
  const rows = await tx.select().from(mailTemplates).where(eq(mailTemplates.editionId, from.id));
  for (const row of rows) {
    await tx
      .insert(mailTemplates)
      .values({ editionId: to.id, name: row.name, subject: replace(row.subject), body: replace(row.body), updatedAt: now });
  }
  return rows.length;
}
