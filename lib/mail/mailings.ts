import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { transaction } from '@/db/transaction';
import { mailings, outbox } from '@/db/schema';
import { recordAudit, type AuditActor } from '@/lib/audit/record';
import type { Edition, Reader } from '@/lib/editions/queries';
import { editionAllows, judge, loadCandidates, type Candidate, type IneligibleReason, type MailRule } from './eligibility';

type Recipient = Pick<Candidate, 'libraryId' | 'name' | 'email'> & { wave: number };
export type Preview = {
  recipients: Recipient[];
  excluded: Partial<Record<IneligibleReason | 'queued', number>>;
  /** The edition allows no mailing of this kind now. */
  blocked?: 'closed' | 'not-open';
};

/** An invitation is one message per library and edition (wave 0); a reminder is numbered per library. */
function waveFor(candidate: Candidate, rule: MailRule): number {
  return rule.kind === 'invitation' ? 0 : candidate.reminderCount + 1;
}

/**
 * Who a mailing would go to now ("wie krijgt deze mail"), and how many are
 * left out for which reason. A library whose message for this wave is
 * already in the outbox (another mailing queued it) is left out as `queued`.
 */
export async function previewMailing({
  db,
  edition,
  rule,
  now = new Date(),
}: {
  db: Reader;
  edition: Pick<Edition, 'id' | 'status' | 'opensAt' | 'closesAt'>;
  rule: MailRule;
  now?: Date;
}): Promise<Preview> {
  const excluded: Preview['excluded'] = {};
  const allowed = editionAllows(edition, rule.kind, now);
  if (!allowed.eligible) return { recipients: [], excluded: {}, blocked: allowed.reason as 'closed' | 'not-open' };
  const queued = new Set(
    (
      await db
        .select({ libraryId: outbox.libraryId, wave: outbox.wave })
        .from(outbox)
        // A failed or skipped message does not hold a library back: the next mailing may try again (a corrected address, say).
        .where(and(eq(outbox.editionId, edition.id), eq(outbox.kind, rule.kind), inArray(outbox.status, ['queued', 'sending', 'sent'])))
    ).map((row) => `${row.libraryId}:${row.wave}`),
  );
  const recipients: Recipient[] = [];
  for (const candidate of await loadCandidates(db, edition.id)) {
    const verdict = judge(candidate, rule, now);
    const wave = waveFor(candidate, rule);
    const reason = !verdict.eligible ? verdict.reason : queued.has(`${candidate.libraryId}:${wave}`) ? 'queued' : undefined;
    if (reason) excluded[reason] = (excluded[reason] ?? 0) + 1;
    else recipients.push({ libraryId: candidate.libraryId, name: candidate.name, email: candidate.email, wave });
  }
  return { recipients, excluded };
}

/** Outbox rows per insert statement (six bound values each). */
const QUEUE_BATCH = 1000;

export type StartResult = { ok: true; mailingId: number; recipients: number } | { ok: false; reason: 'nobody' | 'closed' | 'not-open' };

type QueueArgs = {
  edition: Pick<Edition, 'id' | 'code' | 'status' | 'opensAt' | 'closesAt'>;
  rule: MailRule;
  actor: AuditActor;
  now?: Date;
  /** Extra audit details (the planned mailing a scheduled start came from). */
  details?: Record<string, unknown>;
};

/**
 * Queues a mailing: one outbox row per recipient, the mailing and its audit
 * entry in one immediate transaction. Rows that exist already (a double
 * click, a second coordinator, the CLI beside the page) are not queued again;
 * when nothing is left, no mailing is made. A message that failed or was
 * skipped is taken over by the new mailing (it then counts there, no longer
 * in the earlier one's progress). The sender takes it from there.
 */
export async function startMailing({ db, ...args }: QueueArgs & { db: Db }): Promise<StartResult> {
  return transaction(db, (tx) => queueMailing(tx, args));
}

/** The body of `startMailing`, inside a transaction the caller holds (the scheduler claims its plan in the same one). */
export async function queueMailing(tx: Db, { edition, rule, actor, now = new Date(), details }: QueueArgs): Promise<StartResult> {
  const allowed = editionAllows(edition, rule.kind, now);
  if (!allowed.eligible) return { ok: false as const, reason: allowed.reason as 'closed' | 'not-open' };
  const { recipients } = await previewMailing({ db: tx, edition, rule, now });
  if (recipients.length === 0) return { ok: false as const, reason: 'nobody' as const };
  const reminder = rule.kind === 'reminder' ? rule : undefined;
  const [mailing] = await tx
    .insert(mailings)
    .values({
      editionId: edition.id,
      kind: rule.kind,
      audience: reminder?.audience ?? 'all',
      minDays: reminder?.minDays ?? 0,
      maxReminders: reminder?.maxReminders ?? null,
      includeNotMailed: reminder?.includeNotMailed ?? false,
      createdBy: actor.label,
      createdAt: now,
      recipients: recipients.length,
    })
    .returning({ id: mailings.id });
  // In batches of QUEUE_BATCH rows: one statement per batch rather than per recipient, few enough
  // bound values per statement for either database.
  for (let i = 0; i < recipients.length; i += QUEUE_BATCH) {
    await tx
      .insert(outbox)
      .values(
        recipients.slice(i, i + QUEUE_BATCH).map(({ libraryId, wave }) => ({
          mailingId: mailing.id,
          editionId: edition.id,
          libraryId,
          kind: rule.kind,
          wave,
          nextAttemptAt: now,
        })),
      )
      // A row that is queued, being sent or sent stays as it is; a failed or skipped one is taken over by this mailing.
      .onConflictDoUpdate({
        target: [outbox.editionId, outbox.libraryId, outbox.kind, outbox.wave],
        set: { mailingId: mailing.id, status: 'queued', attempts: 0, nextAttemptAt: now, lastError: null, claimedBy: null, email: null },
        setWhere: inArray(outbox.status, ['failed', 'skipped']),
      });
  }
  recordAudit(tx, {
    actor,
    action: 'mailing.started',
    target: `edition:${edition.code}`,
    at: now,
    details: {
      mailingId: mailing.id,
      kind: rule.kind,
      recipients: recipients.length,
      ...(reminder
        ? {
            audience: reminder.audience,
            minDays: reminder.minDays,
            maxReminders: reminder.maxReminders,
            includeNotMailed: reminder.includeNotMailed,
          }
        : {}),
      ...details,
    },
  });
  return { ok: true as const, mailingId: mailing.id, recipients: recipients.length };
}

/** The rule a stored mailing was started with, asked again just before each of its messages goes out. */
export function ruleOf(
  mailing: Pick<typeof mailings.$inferSelect, 'kind' | 'audience' | 'minDays' | 'maxReminders' | 'includeNotMailed'>,
): MailRule {
  return mailing.kind === 'invitation'
    ? { kind: 'invitation' }
    : {
        kind: 'reminder',
        audience: mailing.audience,
        minDays: mailing.minDays,
        maxReminders: mailing.maxReminders,
        includeNotMailed: mailing.includeNotMailed,
      };
}
