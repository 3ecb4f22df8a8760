import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { transaction } from '@/db/transaction';
import { invitations, libraries } from '@/db/schema';
import { recordAudit, type AuditActor } from '@/lib/audit/record';
import type { Edition, Reader } from '@/lib/editions/queries';
import { invitationUrl } from '@/lib/invitations/create';
import nl from '@/messages/nl/mail.json';
import { composeMessage, type OutgoingMessage } from './compose';
import { editionTemplate } from './edition-templates';
import type { TemplateName } from './templates';
import { senderAddress, type MailTransport } from './transport';

/** The preview's choice of libraries is a list, not a search: bounded for large networks. */
const PREVIEW_LIBRARY_LIMIT = 500;

export async function previewLibraries(db: Reader, editionId: number): Promise<{ id: number; name: string }[]> {
  return db
    .select({ id: libraries.id, name: libraries.name })
    .from(invitations)
    .innerJoin(libraries, eq(libraries.id, invitations.libraryId))
    .where(eq(invitations.editionId, editionId))
    .orderBy(asc(libraries.name), asc(libraries.id))
    .limit(PREVIEW_LIBRARY_LIMIT);
}

/**
 * The stored message for one invited library, as the sender would compose
 * it, except the link: a recognisable example link takes the place of the
 * library's own, so a preview or test message never hands out a working
 * credential (showing a real link is an audited act of its own).
 */
export async function previewTemplateMessage({
  db,
  edition,
  libraryId,
  name,
}: {
  db: Reader;
  edition: Pick<Edition, 'id' | 'closesAt'>;
  libraryId: number;
  name: TemplateName;
}): Promise<OutgoingMessage | undefined> {
  const [library] = await db
    .select({ name: libraries.name, email: libraries.email })
    .from(invitations)
    .innerJoin(libraries, eq(libraries.id, invitations.libraryId))
    .where(and(eq(invitations.editionId, edition.id), eq(invitations.libraryId, libraryId)))
    .limit(1);
  if (!library) return undefined;
  return composeMessage({
    kind: name === 'invitation' ? 'invitation' : 'reminder',
    started: name === 'reminderStarted',
    template: await editionTemplate(db, edition.id, name),
    library: library.name,
    email: library.email,
    link: exampleLink(),
    closesAt: edition.closesAt,
    contact: senderAddress(),
  });
}

function exampleLink(): string {
  return invitationUrl(nl.mail.templatesPage.exampleToken);
}

export type TestMessageResult =
  { ok: true; to: string } | { ok: false; reason: 'unknown-library' } | { ok: false; reason: 'refused'; reply: string };

/**
 * The preview's message sent to the staff member's own address through the
 * configured transport (SMTP, or an `.eml` file in the demo), recorded in
 * the audit log once handed over.
 */
export async function sendTestMessage({
  db,
  edition,
  libraryId,
  name,
  to,
  actor,
  transport,
}: {
  db: Db;
  edition: Pick<Edition, 'id' | 'code' | 'closesAt'>;
  libraryId: number;
  name: TemplateName;
  to: string;
  actor: AuditActor;
  transport: MailTransport;
}): Promise<TestMessageResult> {
  const message = await previewTemplateMessage({ db, edition, libraryId, name });
  if (!message) return { ok: false, reason: 'unknown-library' };
  try {
    // Outbox id 0: a test message is no outbox row; the id only names the demo's file.
    await transport.send({ ...message, to, from: senderAddress(), outboxId: 0 });
  } catch (error) {
    const e = error as { response?: string; message?: string };
    return { ok: false, reason: 'refused', reply: String(e.response ?? e.message ?? error).slice(0, 500) };
  }
  await transaction(db, (tx) =>
    recordAudit(tx, {
      actor,
      action: 'mail_template.test_sent',
      target: `edition:${edition.code}`,
      details: { template: name, libraryId, to },
    }),
  );
  return { ok: true, to };
}
