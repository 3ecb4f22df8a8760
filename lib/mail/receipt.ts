import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { libraries, responses } from '@/db/schema';
import type { Edition, Reader } from '@/lib/editions/queries';
import { submissionReference } from '@/lib/figures/submission-reference';
import nl from '@/messages/nl/mail.json';
import type { OutgoingMessage } from './compose';
import { insertReceipt } from './statements';
import { noClosingDateText } from './templates';
import { fillTemplate } from '@/lib/fill-template';

const momentFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
const dayFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });

/**
 * Queues the receipt of one sending, in the caller's transaction (the
 * submission's own): the outbox key (edition, library, kind, wave) with the
 * moment of sending as its wave makes one message per sending, however often
 * the row is offered; a later sending has a later moment and gets its own.
 * Receipts belong to no mailing. On SQLite the row is written at the call
 * (`insertReceipt`), so a still synchronous transaction holds it too.
 */
export function queueReceipt(
  tx: Db,
  { editionId, libraryId, submittedAt }: { editionId: number; libraryId: number; submittedAt: Date },
): Promise<void> {
  const at = submittedAt.getTime();
  return insertReceipt(tx, { editionId, libraryId, wave: at, nextAttemptAtMs: at });
}

export type ReceiptTarget = { email: string; message: OutgoingMessage } | { skipped: 'inactive' | 'bouncing' | 'not-invited' };

/**
 * The receipt a queued row stands for, or why it is not sent: the sending's
 * moment is the row's wave, so a receipt still names the sending it was
 * queued for after the library has sent again.
 */
export async function receiptFor(
  db: Reader,
  row: { editionId: number; libraryId: number; wave: number },
  edition: Pick<Edition, 'title' | 'closesAt'>,
  contact: string,
): Promise<ReceiptTarget> {
  const [library] = await db.select().from(libraries).where(eq(libraries.id, row.libraryId)).limit(1);
  const [response] = await db
    .select({ id: responses.id })
    .from(responses)
    .where(and(eq(responses.editionId, row.editionId), eq(responses.libraryId, row.libraryId)))
    .limit(1);
  if (!library || !response) return { skipped: 'not-invited' };
  if (library.deactivatedAt) return { skipped: 'inactive' };
  if (library.emailBouncingAt) return { skipped: 'bouncing' };
  const sentAt = new Date(row.wave);
  const values: Record<string, string> = {
    bibliotheek: library.name,
    editie: edition.title,
    kenmerk: submissionReference(response.id, sentAt),
    moment: momentFormat.format(sentAt),
    sluitdatum: edition.closesAt ? dayFormat.format(edition.closesAt) : noClosingDateText(),
    contact,
  };
  const fill = (text: string) => fillTemplate(text, values);
  const { subject, body } = nl.mail.receipt;
  // Header values are single lines: a library name cannot add headers.
  return { email: library.email, message: { to: library.email, subject: fill(subject).replace(/[\r\n]+/g, ' '), text: fill(body) } };
}
