import os from 'node:os';
import { and, asc, eq, inArray, isNull, lte, notExists, or, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { editions, invitations, mailings, outbox } from '@/db/schema';
import { toEdition } from '@/lib/editions/queries';
import { invitationUrl } from '@/lib/invitations/create';
import { decryptToken } from '@/lib/invitations/link-cipher';
import { getLinkKey, type LinkKey } from '@/lib/invitations/link-key';
import { hashInvitationToken } from '@/lib/invitations/token';
import { composeMessage, type OutgoingMessage } from './compose';
import { editionTemplate } from './edition-templates';
import { editionAllows, judge, loadCandidates, type IneligibleReason } from './eligibility';
import { ruleOf } from './mailings';
import { receiptFor } from './receipt';
import { templateNameFor } from './templates';
import type { MailTransport } from './transport';

export type SkipReason = IneligibleReason | 'already-reminded' | 'no-link' | 'too-many-attempts';
export type OutboxRow = typeof outbox.$inferSelect;
type Claimed = { row: OutboxRow; message: OutgoingMessage } | { row: OutboxRow; skipped: SkipReason };

/** A temporarily refused message is tried this many times in all before it counts as failed. */
export const MAX_ATTEMPTS = 6;

/** 1, 2, 4, 8, 16 minutes after the 1st…5th refusal. */
export function retryDelayMs(attempts: number): number {
  return 60_000 * 2 ** Math.max(0, attempts - 1);
}

/** Rows the loop may take: those of a running mailing, and receipts (which belong to none). */
const sendable = or(isNull(outbox.mailingId), eq(mailings.state, 'running'));

function skip(db: Db, row: OutboxRow, reason: SkipReason): Claimed {
  db.update(outbox).set({ status: 'skipped', lastError: reason }).where(eq(outbox.id, row.id)).run();
  return { row, skipped: reason };
}

/**
 * Takes the next due message of a running mailing (queued → sending) in an
 * immediate transaction, after asking eligibility again for its library at
 * this moment: a library that submitted since the mailing started, or was
 * mailed by another process, gets its row skipped with the reason instead.
 * Once claimed, no other process or loop takes the row.
 */
export function claimNext({ db, now, mailingIds, key, contact }: { db: Db; now: Date; mailingIds?: number[]; key: LinkKey; contact: string }): Claimed | undefined {
  return db.transaction(
    (tx) => {
      const txDb = tx as unknown as Db;
      const found = tx
        .select({ row: outbox, mailing: mailings, edition: editions })
        .from(outbox)
        .leftJoin(mailings, eq(mailings.id, outbox.mailingId))
        .innerJoin(editions, eq(editions.id, outbox.editionId))
        .where(and(eq(outbox.status, 'queued'), lte(outbox.nextAttemptAt, now), sendable, mailingIds === undefined ? undefined : inArray(outbox.mailingId, mailingIds)))
        .orderBy(asc(outbox.nextAttemptAt), asc(outbox.id))
        .limit(1)
        .get();
      if (!found) return undefined;
      const { row, mailing } = found;
      const edition = toEdition(found.edition);
      if (row.kind === 'receipt' || !mailing) {
        // A receipt: no mailing's rule applies, and it goes out after the edition closed too.
        const receipt = receiptFor(tx, row, edition, contact);
        if ('skipped' in receipt) return skip(txDb, row, receipt.skipped);
        const claimed = tx
          .update(outbox)
          .set({ status: 'sending', attempts: row.attempts + 1, email: receipt.email, claimedBy: thisProcess() })
          .where(and(eq(outbox.id, row.id), eq(outbox.status, 'queued')))
          .returning()
          .get();
        return { row: claimed, message: receipt.message };
      }
      const allowed = editionAllows(edition, row.kind, now);
      if (!allowed.eligible) return skip(txDb, row, allowed.reason);
      const [candidate] = loadCandidates(tx, row.editionId, row.libraryId);
      if (!candidate) return skip(txDb, row, 'not-invited');
      const verdict = judge(candidate, ruleOf(mailing), now);
      if (!verdict.eligible) return skip(txDb, row, verdict.reason);
      if (row.kind === 'reminder' && candidate.reminderCount + 1 !== row.wave) return skip(txDb, row, 'already-reminded');
      const invitation = tx.select().from(invitations).where(eq(invitations.id, candidate.invitationId)).get()!;
      const token = invitation.tokenEncrypted ? decryptToken(invitation.tokenEncrypted, invitation, key) : undefined;
      if (!token || hashInvitationToken(token) !== invitation.tokenHash) return skip(txDb, row, 'no-link');
      const claimed = tx
        .update(outbox)
        .set({ status: 'sending', attempts: row.attempts + 1, email: candidate.email, claimedBy: thisProcess() })
        .where(and(eq(outbox.id, row.id), eq(outbox.status, 'queued')))
        .returning()
        .get();
      const started = candidate.response === 'draft';
      const message = composeMessage({
        kind: row.kind,
        started,
        template: editionTemplate(tx, row.editionId, templateNameFor(row.kind, started)),
        library: candidate.name,
        email: candidate.email,
        link: invitationUrl(token),
        closesAt: edition.closesAt,
        contact,
      });
      return { row: claimed, message };
    },
    { behavior: 'immediate' },
  );
}

export type Delivery = 'sent' | 'retry' | 'failed';

/** An SMTP refusal: 5xx is permanent; 4xx and a lost connection (no code) are worth trying again. */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500;
}

function replyOf(error: unknown): string {
  const e = error as { response?: string; message?: string };
  return String(e.response ?? e.message ?? error).slice(0, 1000);
}

/** Records what the SMTP server said about a claimed message, and on success marks the library mailed, in one transaction. */
export function recordDelivery({ db, row, now, result }: { db: Db; row: OutboxRow; now: Date; result: { messageId: string } | { error: unknown } }): Delivery {
  return db.transaction(
    (tx) => {
      if ('messageId' in result) {
        tx.update(outbox).set({ status: 'sent', sentAt: now, messageId: result.messageId, lastError: null }).where(eq(outbox.id, row.id)).run();
        const invitation = and(eq(invitations.editionId, row.editionId), eq(invitations.libraryId, row.libraryId));
        if (row.kind === 'invitation') tx.update(invitations).set({ sentAt: now }).where(invitation).run();
        else if (row.kind === 'reminder') tx.update(invitations).set({ reminderCount: sql`${invitations.reminderCount} + 1`, lastRemindedAt: now }).where(invitation).run();
        return 'sent' as const;
      }
      const reply = replyOf(result.error);
      if (isPermanent(result.error) || row.attempts >= MAX_ATTEMPTS) {
        tx.update(outbox).set({ status: 'failed', lastError: reply }).where(eq(outbox.id, row.id)).run();
        return 'failed' as const;
      }
      tx.update(outbox)
        .set({ status: 'queued', claimedBy: null, lastError: reply, nextAttemptAt: new Date(now.getTime() + retryDelayMs(row.attempts)) })
        .where(eq(outbox.id, row.id))
        .run();
      return 'retry' as const;
    },
    { behavior: 'immediate' },
  );
}

/** Mailings with nothing left to send are done. */
export function finishMailings(db: Db, now: Date): void {
  db.update(mailings)
    .set({ state: 'done', finishedAt: now })
    .where(
      and(
        eq(mailings.state, 'running'),
        notExists(db.select({ one: sql`1` }).from(outbox).where(and(eq(outbox.mailingId, mailings.id), inArray(outbox.status, ['queued', 'sending'])))),
      ),
    )
    .run();
}

/** Who claims a row: the app runs on one machine (one SQLite file), so host and pid name a process. */
export function thisProcess(): string {
  return `${os.hostname()}:${process.pid}`;
}

function isRunning(claimedBy: string | null): boolean {
  const [host, pidText] = (claimedBy ?? '').split(':');
  const pid = Number(pidText);
  if (host !== os.hostname() || !Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Messages a process was handing over when it stopped (a crash, kill -9)
 * stay `sending`; they go back to the queue. Those few may have reached the
 * SMTP server already and then go out twice; nothing else does. A row that
 * another running process (the server beside a CLI run) is handing over is
 * left to it.
 */
export function requeueInterrupted(db: Db, mailingIds?: number[]): number {
  return db.transaction(
    (tx) => {
      const held = tx
        .select({ id: outbox.id, claimedBy: outbox.claimedBy })
        .from(outbox)
        .where(and(eq(outbox.status, 'sending'), mailingIds === undefined ? undefined : inArray(outbox.mailingId, mailingIds)))
        .all();
      const abandoned = held.filter((row) => !isRunning(row.claimedBy)).map((row) => row.id);
      if (abandoned.length === 0) return 0;
      return tx
        .update(outbox)
        .set({ status: 'queued', claimedBy: null, attempts: sql`max(${outbox.attempts} - 1, 0)` })
        .where(inArray(outbox.id, abandoned))
        .run().changes;
    },
    { behavior: 'immediate' },
  );
}

export type Clock = { now: () => Date; sleep: (ms: number) => Promise<void> };
export const realClock: Clock = { now: () => new Date(), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };

export type Progress = { outcome: 'sent' | 'skipped' | 'failed' | 'retry'; row: OutboxRow; reason?: string };

/**
 * Sends queued messages until none is left (of one mailing, or of every
 * running one), at most `ratePerSecond`. Sequential: one message at a time is
 * in flight, which is all a crash can send twice. `waitForOthers` keeps going
 * while another process holds rows of the mailing, so the CLI returns only
 * when its mailing is done.
 */
export async function runSender({
  db,
  transport,
  from,
  ratePerSecond,
  clock = realClock,
  mailingIds,
  waitForOthers = false,
  key = getLinkKey(),
  onProgress,
  maxIdleMs = 5000,
}: {
  db: Db;
  transport: MailTransport;
  from: string;
  ratePerSecond: number;
  clock?: Clock;
  mailingIds?: number[];
  waitForOthers?: boolean;
  key?: LinkKey;
  onProgress?: (progress: Progress) => void | Promise<void>;
  /** Longest nap while waiting for a retry, so a mailing started meanwhile is not kept waiting. */
  maxIdleMs?: number;
}): Promise<void> {
  const pause = ratePerSecond > 0 ? 1000 / ratePerSecond : 0;
  for (;;) {
    const claimed = claimNext({ db, now: clock.now(), mailingIds, key, contact: from });
    if (claimed && 'skipped' in claimed) {
      await onProgress?.({ outcome: 'skipped', row: claimed.row, reason: claimed.skipped });
      continue;
    }
    if (claimed) {
      let result: { messageId: string } | { error: unknown };
      try {
        result = await transport.send({ ...claimed.message, from, outboxId: claimed.row.id });
      } catch (error) {
        result = { error };
      }
      const outcome = recordDelivery({ db, row: claimed.row, now: clock.now(), result });
      await onProgress?.({ outcome, row: claimed.row, reason: 'error' in result ? replyOf(result.error) : undefined });
      if (pause > 0) await clock.sleep(pause);
      continue;
    }
    // Rows a process that has gone (a killed CLI run) left `sending` are taken over.
    if (requeueInterrupted(db, mailingIds) > 0) continue;
    finishMailings(db, clock.now());
    const waiting = nextWake(db, mailingIds, waitForOthers);
    if (!waiting) return;
    await clock.sleep(Math.min(Math.max(waiting.getTime() - clock.now().getTime(), 1000), maxIdleMs));
  }
}

/** When a queued message falls due (or, with others holding rows, a second from now); undefined when nothing is left. */
function nextWake(db: Db, mailingIds: number[] | undefined, waitForOthers: boolean): Date | undefined {
  const scope = and(sendable, mailingIds === undefined ? undefined : inArray(outbox.mailingId, mailingIds));
  const queued = db
    .select({ at: sql<number>`min(${outbox.nextAttemptAt})` })
    .from(outbox)
    .leftJoin(mailings, eq(mailings.id, outbox.mailingId))
    .where(and(scope, eq(outbox.status, 'queued')))
    .get();
  if (queued?.at != null) return new Date(queued.at);
  if (!waitForOthers) return undefined;
  const held = db
    .select({ n: sql<number>`count(*)` })
    .from(outbox)
    .leftJoin(mailings, eq(mailings.id, outbox.mailingId))
    .where(and(scope, eq(outbox.status, 'sending')))
    .get();
  return held && held.n > 0 ? new Date(0) : undefined;
}
