import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { mailTemplates } from '@/db/schema';
import { recordAudit, type AuditActor } from '@/lib/audit/record';
import type { Edition, Reader } from '@/lib/editions/queries';
import { templateFor, templateNames, type MailTemplate, type TemplateName } from './templates';
import type { TemplateInput } from './template-schema';

export type EditionTemplate = MailTemplate & { name: TemplateName; custom: boolean };

/** The wording a message of this edition uses: the edition's own, else the default text. */
export function editionTemplate(db: Reader, editionId: number, name: TemplateName): MailTemplate {
  const row = db
    .select({ subject: mailTemplates.subject, body: mailTemplates.body })
    .from(mailTemplates)
    .where(and(eq(mailTemplates.editionId, editionId), eq(mailTemplates.name, name)))
    .get();
  return row ?? templateFor(name);
}

/** All three templates of an edition, each marked as the edition's own or the default. */
export function editionTemplates(db: Reader, editionId: number): EditionTemplate[] {
  const rows = db.select().from(mailTemplates).where(eq(mailTemplates.editionId, editionId)).all();
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
export function saveEditionTemplate({
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
}): SaveTemplateResult {
  return db.transaction(
    (tx) => {
      const current = editionTemplate(tx, edition.id, input.name);
      const changes: Record<string, { from: string; to: string }> = {};
      if (current.subject !== input.subject) changes.subject = { from: current.subject, to: input.subject };
      if (current.body !== input.body) changes.body = { from: current.body, to: input.body };
      if (Object.keys(changes).length === 0) return { ok: true as const, changed: false };
      tx.insert(mailTemplates)
        .values({ editionId: edition.id, name: input.name, subject: input.subject, body: input.body, updatedAt: now })
        .onConflictDoUpdate({
          target: [mailTemplates.editionId, mailTemplates.name],
          set: { subject: input.subject, body: input.body, updatedAt: now },
        })
        .run();
      recordAudit(tx, {
        actor,
        action: 'mail_template.changed',
        target: `edition:${edition.code}`,
        details: { template: input.name, ...changes },
        at: now,
      });
      return { ok: true as const, changed: true };
    },
    { behavior: 'immediate' },
  );
}
