import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { libraries, mailings, outbox, outboxStatuses } from '@/db/schema';
import type { Reader } from '@/lib/editions/queries';

type Status = (typeof outboxStatuses)[number];
export type MailingProgress = typeof mailings.$inferSelect & {
  counts: Record<Status, number>;
  problems: {
    outboxId: number;
    libraryId: number;
    library: string;
    email: string;
    status: 'failed' | 'skipped' | 'queued';
    reply: string;
    bouncing: boolean;
  }[];
};

/** Messages per status, summed over some mailings (the CLI's last line). */
export async function countMessages({ db, mailingIds }: { db: Reader; mailingIds: number[] }): Promise<Record<Status, number>> {
  const rows =
    mailingIds.length === 0
      ? []
      : await db
          .select({ status: outbox.status, n: sql<number>`count(*)`.mapWith(Number) })
          .from(outbox)
          .where(inArray(outbox.mailingId, mailingIds))
          .groupBy(outbox.status);
  return Object.fromEntries(outboxStatuses.map((s) => [s, rows.find((r) => r.status === s)?.n ?? 0])) as Record<Status, number>;
}

/** An edition's mailings, newest first, with their counts per status and the messages that did not (yet) go out and why. */
export async function listMailings({
  db,
  editionId,
  limit = 20,
}: {
  db: Reader;
  editionId: number;
  limit?: number;
}): Promise<MailingProgress[]> {
  const rows = await db.select().from(mailings).where(eq(mailings.editionId, editionId)).orderBy(desc(mailings.id)).limit(limit);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const counts = await db
    .select({ mailingId: outbox.mailingId, status: outbox.status, n: sql<number>`count(*)`.mapWith(Number) })
    .from(outbox)
    .where(inArray(outbox.mailingId, ids))
    .groupBy(outbox.mailingId, outbox.status);
  // Failed and skipped rows, and queued ones waiting for a retry (they carry the last refusal).
  const problems = await db
    .select({
      mailingId: outbox.mailingId,
      outboxId: outbox.id,
      libraryId: libraries.id,
      library: libraries.name,
      email: libraries.email,
      status: outbox.status,
      reply: outbox.lastError,
      bouncingAt: libraries.emailBouncingAt,
    })
    .from(outbox)
    .innerJoin(libraries, eq(libraries.id, outbox.libraryId))
    .where(
      and(inArray(outbox.mailingId, ids), sql`${outbox.lastError} is not null`, inArray(outbox.status, ['failed', 'skipped', 'queued'])),
    )
    .orderBy(libraries.name)
    .limit(500);
  return rows.map((mailing) => ({
    ...mailing,
    counts: Object.fromEntries(
      outboxStatuses.map((s) => [s, counts.find((c) => c.mailingId === mailing.id && c.status === s)?.n ?? 0]),
    ) as Record<Status, number>,
    problems: problems
      .filter((p) => p.mailingId === mailing.id)
      .map(({ mailingId: _mailingId, bouncingAt, reply, status, ...p }) => ({
        ...p,
        status: status as 'failed' | 'skipped' | 'queued',
        reply: reply ?? '',
        bouncing: !!bouncingAt,
      })),
  }));
}
