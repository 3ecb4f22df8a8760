import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { transaction } from '@/db/transaction';
import { mailTemplates } from '@/db/schema';
import { recordAudit, type AuditActor } from '@/lib/audit/record';
import type { Edition, Reader } from '@/lib/editions/queries';
import { templateFor, templateNames, type MailTemplate, type TemplateName } from './templates';
import type { TemplateInput } from './template-schema';

export type EditionTemplate = MailTemplate & { name: TemplateName; custom: boolean };

/** The wording a message of this edition uses: the edition's own, else the default text. */
export async function editionTemplate(db: Reader, editionId: number, name: TemplateName): Promise<MailTemplate> {
  const [row] = await db
    .select({ subject: mailTemplates.subject, body: mailTemplates.body })
    .from(mailTemplates)
    .where(and(eq(mailTemplates.editionId, editionId), eq(mailTemplates.name, name)))
    .limit(1);
  return row ?? templateFor(name);
}

/** All three templates of an edition, each marked as the edition's own or the default. */
export async function editionTemplates(db: Reader, editionId: number): Promise<EditionTemplate[]> {
  const rows = await db.select().from(mailTemplates).where(eq(mailTemplates.editionId, editionId));
  return templateNames.map((name) => {
    const row = rows.find((r) => r.name === name);
    return row ? { name, subject: row.subject, body: row.body, custom: true } : { name, ...templateFor(name), custom: false };
  });
}

export type SaveTemplateResult = { ok: true; changed: boolean };

/**
 * Stores an edition's wording of one message with its audit entry (the
 * fields that changed, before and after) in one transaction. Saving the
 * text that is already in use stores nothing and records nothing.
 */
export async function saveEditionTemplate({
  db,
  edition,
  input,
  actor,
  now = new Date(),
}: {
  db: Db;
  edition: Pick<Edition, 'id' | 'code'>;
  input: Pick<TemplateInput, 'name' | 'subject' | 'body'>;
  actor: AuditActor;
  now?: Date;
}): Promise<SaveTemplateResult> {
  return transaction(db, async (tx) => {
    const current = await editionTemplate(tx, edition.id, input.name);
    const changes: Record<string, { from: string; to: string }> = {};
    if (current.subject !== input.subject) changes.subject = { from: current.subject, to: input.subject };
    if (current.body !== input.body) changes.body = { from: current.body, to: input.body };
    if (Object.keys(changes).length === 0) return { ok: true as const, changed: false };
    await tx
      .insert(mailTemplates)
      .values({ editionId: edition.id, name: input.name, subject: input.subject, body: input.body, updatedAt: now })
      .onConflictDoUpdate({
        target: [mailTemplates.editionId, mailTemplates.name],
        set: { subject: input.subject, body: input.body, updatedAt: now },
      });
    recordAudit(tx, {
      actor,
      action: 'mail_template.changed',
      target: `edition:${edition.code}`,
      details: { template: input.name, ...changes },
      at: now,
    });
    return { ok: true as const, changed: true };
  });
}
