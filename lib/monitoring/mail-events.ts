import { and, asc, eq, inArray } from 'drizzle-orm';
import { mailings, outbox, type outboxKinds } from '@/db/schema';
import type { Reader } from '@/lib/editions/queries';
import type { MailKind } from '@/lib/mail/eligibility';
import mailMessages from '@/messages/nl/mail.json';
import type { CurveMarker } from './chart';

/** One message of the outbox as a library's timeline shows it: what went out, or why not. */
export type MailEvent = { kind: (typeof outboxKinds)[number]; result: 'sent' | 'failed' | 'skipped'; at: Date; detail: string | null };

const kindLabel = (kind: MailKind | 'receipt') => mailMessages.mail.kinds[kind];

/** The curve's markers: each mailing's start, labelled "Uitnodiging" or "Herinnering". */
async function mailingMarkers({ db, editionId }: { db: Reader; editionId: number }): Promise<CurveMarker[]> {
  const rows = await db
    .select({ kind: mailings.kind, at: mailings.createdAt })
    .from(mailings)
    .where(eq(mailings.editionId, editionId))
    .orderBy(asc(mailings.createdAt));
  return rows.map((m) => ({ at: m.at, label: kindLabel(m.kind) }));
}

/** A skip reason in words; a refusal is the mail server's own reply. */
function detailOf(result: MailEvent['result'], lastError: string | null): string | null {
  if (!lastError) return null;
  if (result !== 'skipped') return lastError;
  const reasons = mailMessages.mail.reasons as Record<string, string>;
  return reasons[lastError] ?? lastError;
}

/**
 * The settled messages (sent, failed, skipped) of some libraries, per
 * library, oldest first. A sent one is dated by its hand-over; a failed or
 * skipped one by its last due moment, when it was tried or judged.
 */
async function mailEventsByLibrary({
  db,
  editionId,
  libraryIds,
}: {
  db: Reader;
  editionId: number;
  libraryIds: number[];
}): Promise<Map<number, MailEvent[]>> {
  const events = new Map<number, MailEvent[]>();
  // Chunks keep the bound variables below SQLite's limit on a page of many libraries.
  for (let i = 0; i < libraryIds.length; i += 500) {
    const rows = await db
      .select({
        libraryId: outbox.libraryId,
        kind: outbox.kind,
        status: outbox.status,
        sentAt: outbox.sentAt,
        due: outbox.nextAttemptAt,
        lastError: outbox.lastError,
      })
      .from(outbox)
      .where(
        and(
          eq(outbox.editionId, editionId),
          inArray(outbox.libraryId, libraryIds.slice(i, i + 500)),
          inArray(outbox.status, ['sent', 'failed', 'skipped']),
        ),
      )
      .orderBy(asc(outbox.id));
    for (const row of rows) {
      const result = row.status as MailEvent['result'];
      const list = events.get(row.libraryId) ?? [];
      list.push({ kind: row.kind, result, at: row.sentAt ?? row.due, detail: detailOf(result, row.lastError) });
      events.set(row.libraryId, list);
    }
  }
  return events;
}

export { kindLabel as mailKindLabel };

/** What the mail tables add to a monitoring page: the curve's markers and the shown libraries' mails. */
export async function mailOverlay({ db, editionId, libraryIds }: { db: Reader; editionId: number; libraryIds: number[] }) {
  return { markers: await mailingMarkers({ db, editionId }), mailEvents: await mailEventsByLibrary({ db, editionId, libraryIds }) };
}
