import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { rawSelect } from '@/db/raw-select';
import { invitations, libraries, outbox, responses, type mailKinds, type reminderAudiences } from '@/db/schema';
import { editionPhase } from '@/lib/editions/phase';
import type { Edition, Reader } from '@/lib/editions/queries';

export type MailKind = (typeof mailKinds)[number];
type ReminderAudience = (typeof reminderAudiences)[number];

/**
 * Who a mailing is for. `includeNotMailed`: a reminder also goes to libraries
 * that were never mailed an invitation (their link was printed or handed out
 * another way), which only the coordinator's explicit choice asks for.
 */
export type MailRule =
  | { kind: 'invitation' }
  | { kind: 'reminder'; audience: ReminderAudience; minDays: number; maxReminders: number | null; includeNotMailed: boolean };

export const DEFAULT_MIN_DAYS = 3;

/** An invited library as eligibility sees it. */
export type Candidate = {
  invitationId: number;
  libraryId: number;
  name: string;
  email: string;
  active: boolean;
  bouncing: boolean;
  invitationSentAt: Date | null;
  /** Its invitation for the edition is in the outbox, queued or being sent (by this process or another). */
  invitationPending: boolean;
  lastRemindedAt: Date | null;
  reminderCount: number;
  response: 'none' | 'draft' | 'submitted';
};

export type IneligibleReason =
  | 'submitted'
  | 'invitation-sent'
  | 'invitation-pending'
  | 'not-mailed'
  | 'inactive'
  | 'bouncing'
  | 'audience'
  | 'too-recent'
  | 'max-reminders'
  | 'not-invited'
  | 'closed'
  | 'not-open';

export type Verdict = { eligible: true } | { eligible: false; reason: IneligibleReason };

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether a mailing of this kind may be sent for the edition now: invitations until it closes, reminders while it is open. */
export function editionAllows(edition: Pick<Edition, 'status' | 'opensAt' | 'closesAt'>, kind: MailKind, now: Date): Verdict {
  const phase = editionPhase(edition, now);
  if (phase === 'closed') return { eligible: false, reason: 'closed' };
  if (kind === 'reminder' && phase !== 'open') return { eligible: false, reason: 'not-open' };
  return { eligible: true };
}

/**
 * The one rule of who gets mail (issue item 9), asked when a mailing is
 * previewed and created and again for each library just before its message
 * is sent: an invitation goes to invited libraries that have not had one by
 * mail and have not submitted; a reminder to those that have not submitted
 * (all, only started, only not started), at least `minDays` after their last
 * mail, below `maxReminders`. Deactivated libraries and bouncing addresses get none.
 * A reminder never overtakes the invitation: a library whose invitation is
 * still queued or being sent gets none. One never mailed an invitation (none
 * sent, none pending; a failed or skipped one was not sent) gets one only when
 * the rule includes those; that reason is asked last, so the preview's count
 * of it is the number the option would add.
 */
export function judge(candidate: Candidate, rule: MailRule, now: Date): Verdict {
  if (candidate.response === 'submitted') return { eligible: false, reason: 'submitted' };
  if (!candidate.active) return { eligible: false, reason: 'inactive' };
  if (candidate.bouncing) return { eligible: false, reason: 'bouncing' };
  if (rule.kind === 'invitation') return candidate.invitationSentAt ? { eligible: false, reason: 'invitation-sent' } : { eligible: true };
  if (candidate.invitationPending) return { eligible: false, reason: 'invitation-pending' };
  if (rule.audience === 'started' && candidate.response !== 'draft') return { eligible: false, reason: 'audience' };
  if (rule.audience === 'not_started' && candidate.response !== 'none') return { eligible: false, reason: 'audience' };
  if (rule.maxReminders !== null && candidate.reminderCount >= rule.maxReminders) return { eligible: false, reason: 'max-reminders' };
  const lastMail = Math.max(candidate.invitationSentAt?.getTime() ?? 0, candidate.lastRemindedAt?.getTime() ?? 0);
  if (lastMail > 0 && now.getTime() - lastMail < rule.minDays * DAY_MS) return { eligible: false, reason: 'too-recent' };
  if (!candidate.invitationSentAt && !rule.includeNotMailed) return { eligible: false, reason: 'not-mailed' };
  return { eligible: true };
}

/** What eligibility reads of invited libraries: the same fields for a whole edition and for one library. */
const candidateFields = {
  invitationId: invitations.id,
  libraryId: libraries.id,
  name: libraries.name,
  email: libraries.email,
  deactivatedAt: libraries.deactivatedAt,
  emailBouncingAt: libraries.emailBouncingAt,
  invitationSentAt: invitations.sentAt,
  // Read with the rest (in the sender's claim transaction too), so no reminder is judged on a stale view of the invitation.
  invitationPending:
    sql<number>`exists (select 1 from ${outbox} where ${outbox.editionId} = ${invitations.editionId} and ${outbox.libraryId} = ${invitations.libraryId} and ${outbox.kind} = 'invitation' and ${outbox.status} in ('queued', 'sending'))`.mapWith(
      Boolean,
    ),
  lastRemindedAt: invitations.lastRemindedAt,
  reminderCount: invitations.reminderCount,
  responseStatus: responses.status,
};

function selectCandidates(db: Reader) {
  return db
    .select(candidateFields)
    .from(invitations)
    .innerJoin(libraries, eq(libraries.id, invitations.libraryId))
    .leftJoin(responses, and(eq(responses.editionId, invitations.editionId), eq(responses.libraryId, invitations.libraryId)));
}

type CandidateRow = Awaited<ReturnType<ReturnType<typeof selectCandidates>['all']>>[number];

function prepareOneCandidate(db: Reader): { all: (values: { editionId: number; libraryId: number }) => CandidateRow[] } {
  const query = selectCandidates(db).where(
    and(eq(invitations.editionId, sql.placeholder('editionId')), eq(invitations.libraryId, sql.placeholder('libraryId'))),
  );
  // On a connection (the sender's case), mapped without Drizzle's per-column row mapping (db/raw-select.ts).
  const sqlite = (db as Partial<Db>).$client;
  return sqlite ? rawSelect(sqlite, query, candidateFields) : query.prepare();
}

// The sender asks for one library before each message: prepared once per
// database handle (the handle, not a transaction object, which is new each time).
const oneCandidate = new WeakMap<Reader, ReturnType<typeof prepareOneCandidate>>();

function oneCandidateQuery(db: Reader) {
  let prepared = oneCandidate.get(db);
  if (!prepared) oneCandidate.set(db, (prepared = prepareOneCandidate(db)));
  return prepared;
}

/**
 * The edition's invited libraries (or one of them) with what eligibility
 * needs. One library is the sender's per-message read, a prepared SQLite fast path.
 */
export async function loadCandidates(db: Reader, editionId: number, libraryId?: number): Promise<Candidate[]> {
  const rows =
    libraryId === undefined
      ? await selectCandidates(db).where(eq(invitations.editionId, editionId)).orderBy(libraries.name)
      : oneCandidateQuery(db).all({ editionId, libraryId });
  return rows.map(({ deactivatedAt, emailBouncingAt, responseStatus, ...row }) => ({
    ...row,
    active: !deactivatedAt,
    bouncing: !!emailBouncingAt,
    response: responseStatus ?? 'none',
  }));
}
