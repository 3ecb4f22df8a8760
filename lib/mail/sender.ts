import os from 'node:os';
import { and, eq, inArray, isNull, notExists, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { transaction } from '@/db/transaction';
import { mailings, outbox } from '@/db/schema';
import { invitationUrl } from '@/lib/invitations/create';
import { decryptToken } from '@/lib/invitations/link-cipher';
import { getLinkKey, type LinkKey } from '@/lib/invitations/link-key';
import { hashInvitationToken } from '@/lib/invitations/token';
import { composeMessage, type OutgoingMessage } from './compose';
import { editionAllows, judge, loadCandidates, type IneligibleReason } from './eligibility';
import { ruleOf } from './mailings';
import { receiptFor } from './receipt';
import {
  claimRow,
  invitationSecret,
  isQueued,
  markLibraryMailed,
  markRowFailed,
  markRowRetry,
  markRowSent,
  nextDueRow,
  sendable,
  skipRow,
  storedTemplate,
} from './statements';
import { templateFor, templateNameFor } from './templates';
import type { MailTransport } from './transport';

type SkipReason = IneligibleReason | 'already-reminded' | 'no-link' | 'too-many-attempts';
type OutboxRow = typeof outbox.$inferSelect;
type Claimed = { row: OutboxRow; message: OutgoingMessage } | { row: OutboxRow; skipped: SkipReason };

/** A temporarily refused message is tried this many times in all before it counts as failed. */
const MAX_ATTEMPTS = 6;

/** 1, 2, 4, 8, 16 minutes after the 1st…5th refusal. */
function retryDelayMs(attempts: number): number {
  return 60_000 * 2 ** Math.max(0, attempts - 1);
}

async function skip(db: Db, row: OutboxRow, reason: SkipReason): Promise<Claimed> {
  await skipRow(db, { id: row.id, reason });
  return { row, skipped: reason };
}

async function markClaimed(db: Db, row: OutboxRow, email: string): Promise<OutboxRow> {
  const claimed = { ...row, status: 'sending' as const, attempts: row.attempts + 1, email, claimedBy: thisProcess() };
  // Read as queued in this immediate transaction, so the row is still queued: the update cannot miss.
  if (!(await claimRow(db, { id: row.id, attempts: claimed.attempts, email, claimedBy: claimed.claimedBy })))
    throw new Error(`outbox row ${row.id} was not queued`);
  return claimed;
}

type ClaimArgs = { db: Db; now: Date; mailingIds?: number[]; key: LinkKey; contact: string };

/**
 * The body of a claim, inside the caller's immediate transaction. It reads
 * and composes first and writes once at the end (the claim or the skip), so
 * one that throws has written nothing.
 */
async function claimIn({ db, now, mailingIds, key, contact }: ClaimArgs): Promise<Claimed | undefined> {
  const found = await nextDueRow(db, { nowMs: now.getTime(), mailingIds });
  if (!found) return undefined;
  const { row, mailing, edition } = found;
  if (row.kind === 'receipt' || !mailing) {
    // A receipt: no mailing's rule applies, and it goes out after the edition closed too.
    const receipt = await receiptFor(db, row, edition, contact);
    if ('skipped' in receipt) return skip(db, row, receipt.skipped);
    return { row: await markClaimed(db, row, receipt.email), message: receipt.message };
  }
  const allowed = editionAllows(edition, row.kind, now);
  if (!allowed.eligible) return skip(db, row, allowed.reason);
  const [candidate] = await loadCandidates(db, row.editionId, row.libraryId);
  if (!candidate) return skip(db, row, 'not-invited');
  const verdict = judge(candidate, ruleOf(mailing), now);
  if (!verdict.eligible) return skip(db, row, verdict.reason);
  if (row.kind === 'reminder' && candidate.reminderCount + 1 !== row.wave) return skip(db, row, 'already-reminded');
  const invitation = (await invitationSecret(db, candidate.invitationId))!;
  const token = invitation.tokenEncrypted ? decryptToken(invitation.tokenEncrypted, invitation, key) : undefined;
  if (!token || hashInvitationToken(token) !== invitation.tokenHash) return skip(db, row, 'no-link');
  const started = candidate.response === 'draft';
  const name = templateNameFor(row.kind, started);
  const message = composeMessage({
    kind: row.kind,
    started,
    // Read for every message: a wording saved while the mailing runs is used from then on.
    template: (await storedTemplate(db, row.editionId, name)) ?? templateFor(name),
    library: candidate.name,
    email: candidate.email,
    link: invitationUrl(token),
    closesAt: edition.closesAt,
    contact,
  });
  return { row: await markClaimed(db, row, candidate.email), message };
}

/**
 * Takes the next due message of a running mailing (queued → sending) in an
 * immediate transaction, after asking eligibility again for its library at
 * this moment: a library that submitted since the mailing started, or was
 * mailed by another process, gets its row skipped with the reason instead.
 * Once claimed, no other process or loop takes the row.
 */
function claimNext(args: ClaimArgs): Promise<Claimed | undefined> {
  return transaction(args.db, (tx) => claimIn({ ...args, db: tx }));
}

type Delivery = 'sent' | 'retry' | 'failed';

/** An SMTP refusal: 5xx is permanent; 4xx and a lost connection (no code) are worth trying again. */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500;
}

function replyOf(error: unknown): string {
  const e = error as { response?: string; message?: string };
  return String(e.response ?? e.message ?? error).slice(0, 1000);
}

type RecordArgs = { db: Db; row: OutboxRow; now: Date; result: { messageId: string } | { error: unknown } };

/** The body of a record, inside the caller's immediate transaction. */
async function recordIn({ db, row, now, result }: RecordArgs): Promise<Delivery> {
  const nowMs = now.getTime();
  if ('messageId' in result) {
    await markRowSent(db, { id: row.id, nowMs, messageId: result.messageId });
    if (row.kind !== 'receipt') await markLibraryMailed(db, row.kind, { editionId: row.editionId, libraryId: row.libraryId, nowMs });
    return 'sent';
  }
  const reply = replyOf(result.error);
  if (isPermanent(result.error) || row.attempts >= MAX_ATTEMPTS) {
    await markRowFailed(db, { id: row.id, reply });
    return 'failed';
  }
  await markRowRetry(db, { id: row.id, reply, nextAttemptAtMs: nowMs + retryDelayMs(row.attempts) });
  return 'retry';
}

/** Records what the SMTP server said about a claimed message, and on success marks the library mailed, in one transaction. */
function recordDelivery(args: RecordArgs): Promise<Delivery> {
  return transaction(args.db, (tx) => recordIn({ ...args, db: tx }));
}

type RecordedAndClaimed = { outcome: Delivery; next: Claimed | undefined } | { outcome: Delivery; claimError: unknown };

/**
 * `recordDelivery` of the message just handed over and `claimNext` of the
 * next one in ONE immediate transaction: half the commits of an unthrottled
 * mailing. Still one message in flight: the next is claimed only once the
 * last is recorded, and both or neither are stored, so a crash leaves either
 * the last message `sending` (queued again at restart; the one that can go
 * out twice) or the last `sent` and the next `sending`, not yet handed over.
 * When the claim throws, it has written nothing (`claimIn`) and the record
 * is kept: the message that went out is not left `sending` to go out again.
 */
function recordAndClaimNext(args: RecordArgs & Omit<ClaimArgs, 'now' | 'db'>): Promise<RecordedAndClaimed> {
  return transaction(args.db, async (tx) => {
    const outcome = await recordIn({ ...args, db: tx });
    try {
      return { outcome, next: await claimIn({ ...args, db: tx }) };
    } catch (claimError) {
      return { outcome, claimError };
    }
  });
}

/** Mailings with nothing left to send are done. */
async function finishMailings(db: Db, now: Date): Promise<void> {
  await transaction(db, async (tx) => {
    await tx
      .update(mailings)
      .set({ state: 'done', finishedAt: now })
      .where(
        and(
          eq(mailings.state, 'running'),
          notExists(
            tx
              .select({ one: sql`1` })
              .from(outbox)
              .where(and(eq(outbox.mailingId, mailings.id), inArray(outbox.status, ['queued', 'sending']))),
          ),
        ),
      );
  });
}

let processName: string | undefined;

/** Who claims a row: the app runs on one machine (one SQLite file), so host and pid name a process. */
function thisProcess(): string {
  // Asked once: os.hostname() is a system call, and the claim asks for every message.
  return (processName ??= `${os.hostname()}:${process.pid}`);
}

/**
 * Rows being handed over, of the given mailings or of all (receipts too),
 * found through `outbox_mailing_status_idx`: the queue's index holds queued
 * rows only.
 */
function isSending(
  ofMailings: SQL = or(isNull(outbox.mailingId), inArray(outbox.mailingId, sql`(select ${mailings.id} from ${mailings})`))!,
): SQL {
  return and(eq(outbox.status, 'sending'), ofMailings)!;
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
export async function requeueInterrupted(db: Db, mailingIds?: number[]): Promise<number> {
  return transaction(db, async (tx) => {
    const held = await tx
      .select({ id: outbox.id, claimedBy: outbox.claimedBy })
      .from(outbox)
      .where(isSending(mailingIds === undefined ? undefined : inArray(outbox.mailingId, mailingIds)));
    const abandoned = held.filter((row) => !isRunning(row.claimedBy)).map((row) => row.id);
    if (abandoned.length === 0) return 0;
    const requeued = await tx
      .update(outbox)
      // dialect: SQLite's two-argument scalar max() (greatest() on PostgreSQL).
      .set({ status: 'queued', claimedBy: null, attempts: sql`max(${outbox.attempts} - 1, 0)` })
      .where(inArray(outbox.id, abandoned))
      .returning({ id: outbox.id });
    return requeued.length;
  });
}

export type Clock = { now: () => Date; sleep: (ms: number) => Promise<void> };
const realClock: Clock = { now: () => new Date(), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };

export type Progress = { outcome: 'sent' | 'skipped' | 'failed' | 'retry'; row: OutboxRow; reason?: string };

/**
 * Sends queued messages until none is left (of one mailing, or of every
 * running one), at most `ratePerSecond`. Sequential: one message at a time is
 * in flight, which is all a crash can send twice. Unthrottled (`ratePerSecond`
 * 0), a message's record and the next one's claim share a transaction
 * (`recordAndClaimNext`), so `onProgress` hears of a message once the next
 * is claimed. `waitForOthers` keeps going while another process holds rows
 * of the mailing, so the CLI returns only when its mailing is done.
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
  const claim = () => claimNext({ db, now: clock.now(), mailingIds, key, contact: from });
  let claimed = await claim();
  for (;;) {
    if (claimed && 'skipped' in claimed) {
      await onProgress?.({ outcome: 'skipped', row: claimed.row, reason: claimed.skipped });
      claimed = await claim();
      continue;
    }
    if (claimed) {
      const { row } = claimed;
      let result: { messageId: string } | { error: unknown };
      try {
        result = await transport.send({ ...claimed.message, from, outboxId: row.id });
      } catch (error) {
        result = { error };
      }
      const reason = 'error' in result ? replyOf(result.error) : undefined;
      if (pause > 0) {
        // Throttled: the next message is claimed after the pause, so eligibility is asked just before it goes out.
        const outcome = await recordDelivery({ db, row, now: clock.now(), result });
        await onProgress?.({ outcome, row, reason });
        await clock.sleep(pause);
        claimed = await claim();
      } else {
        const recorded = await recordAndClaimNext({ db, row, now: clock.now(), result, mailingIds, key, contact: from });
        await onProgress?.({ outcome: recorded.outcome, row, reason });
        if ('claimError' in recorded) throw recorded.claimError;
        claimed = recorded.next;
      }
      continue;
    }
    // Rows a process that has gone (a killed CLI run) left `sending` are taken over.
    if ((await requeueInterrupted(db, mailingIds)) > 0) {
      claimed = await claim();
      continue;
    }
    await finishMailings(db, clock.now());
    const waiting = await nextWake(db, mailingIds, waitForOthers);
    if (!waiting) return;
    await clock.sleep(Math.min(Math.max(waiting.getTime() - clock.now().getTime(), 1000), maxIdleMs));
    claimed = await claim();
  }
}

/** When a queued message falls due (or, with others holding rows, a second from now); undefined when nothing is left. */
async function nextWake(db: Db, mailingIds: number[] | undefined, waitForOthers: boolean): Promise<Date | undefined> {
  const scope = and(sendable, mailingIds === undefined ? undefined : inArray(outbox.mailingId, mailingIds));
  const [queued] = await db
    .select({ at: sql<number>`min(${outbox.nextAttemptAt})` })
    .from(outbox)
    .leftJoin(mailings, eq(mailings.id, outbox.mailingId))
    .where(and(scope, isQueued));
  if (queued?.at != null) return new Date(queued.at);
  if (!waitForOthers) return undefined;
  const [held] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(outbox)
    .leftJoin(mailings, eq(mailings.id, outbox.mailingId))
    .where(and(sendable, isSending(mailingIds === undefined ? undefined : inArray(outbox.mailingId, mailingIds))));
  return held && held.n > 0 ? new Date(0) : undefined;
}
