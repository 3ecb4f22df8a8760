import { describe, expect, it } from 'vitest';
import { outbox } from '@/db/schema';
import { getEditionByCode } from '@/lib/editions/queries';
import { createInvitation } from '@/lib/invitations/create';
import { createTestDb } from '@/tests/support/db';
import { addTestLibrary } from '@/tests/support/libraries';
import { judge, loadCandidates, type Candidate, type MailRule } from './eligibility';
import { previewMailing } from './mailings';

const DAY = 24 * 60 * 60 * 1000;
const now = new Date('2023-03-01T12:00:00Z');
const reminder = { kind: 'reminder', audience: 'all', minDays: 3, maxReminders: null, includeNotMailed: false } as const satisfies MailRule;

/** A library that had its invitation by mail a week ago and has not answered: the one a reminder is for. */
function candidate(over: Partial<Candidate> = {}): Candidate {
  return {
    invitationId: 1,
    libraryId: 1,
    name: 'Bibliotheek Aa',
    email: 'aa@example.org',
    active: true,
    bouncing: false,
    invitationSentAt: new Date(now.getTime() - 7 * DAY),
    invitationPending: false,
    lastRemindedAt: null,
    reminderCount: 0,
    response: 'none',
    ...over,
  };
}

describe('who gets a reminder', () => {
  it('a library mailed its invitation a week ago that has not answered', () => {
    expect(judge(candidate(), reminder, now)).toEqual({ eligible: true });
  });

  it('not a library whose invitation is still queued or being sent, even when libraries never mailed are included', () => {
    const pending = candidate({ invitationSentAt: null, invitationPending: true });
    expect(judge(pending, reminder, now)).toEqual({ eligible: false, reason: 'invitation-pending' });
    expect(judge(pending, { ...reminder, includeNotMailed: true }, now)).toEqual({ eligible: false, reason: 'invitation-pending' });
    expect(judge(pending, { ...reminder, minDays: 0, includeNotMailed: true }, now)).toEqual({
      eligible: false,
      reason: 'invitation-pending',
    });
  });

  it('not a library never mailed an invitation (its link handed out another way), unless the coordinator includes those', () => {
    const notMailed = candidate({ invitationSentAt: null });
    expect(judge(notMailed, reminder, now)).toEqual({ eligible: false, reason: 'not-mailed' });
    expect(judge(notMailed, { ...reminder, includeNotMailed: true }, now)).toEqual({ eligible: true });
    // One reminded before (with the option) is still one never mailed an invitation.
    const remindedOnce = candidate({ invitationSentAt: null, reminderCount: 1, lastRemindedAt: new Date(now.getTime() - 5 * DAY) });
    expect(judge(remindedOnce, reminder, now)).toEqual({ eligible: false, reason: 'not-mailed' });
    expect(judge(remindedOnce, { ...reminder, includeNotMailed: true }, now)).toEqual({ eligible: true });
  });

  it('"not mailed" counts only the libraries the option would add: any other reason comes first', () => {
    const notMailed = { invitationSentAt: null } as const;
    expect(judge(candidate({ ...notMailed, response: 'submitted' }), reminder, now)).toMatchObject({ reason: 'submitted' });
    expect(judge(candidate({ ...notMailed, bouncing: true }), reminder, now)).toMatchObject({ reason: 'bouncing' });
    expect(judge(candidate({ ...notMailed, response: 'draft' }), { ...reminder, audience: 'not_started' }, now)).toMatchObject({
      reason: 'audience',
    });
    expect(judge(candidate({ ...notMailed, reminderCount: 2 }), { ...reminder, maxReminders: 2 }, now)).toMatchObject({
      reason: 'max-reminders',
    });
    expect(
      judge(candidate({ ...notMailed, reminderCount: 1, lastRemindedAt: new Date(now.getTime() - DAY) }), reminder, now),
    ).toMatchObject({ reason: 'too-recent' });
  });

  it('an invitation mailing is not held back by the fact its own message is queued', () => {
    expect(judge(candidate({ invitationSentAt: null, invitationPending: true }), { kind: 'invitation' }, now)).toEqual({ eligible: true });
  });
});

describe('the pending invitation, as eligibility reads it', () => {
  async function setUp() {
    const db = await createTestDb();
    const edition = getEditionByCode({ db, code: '2022-2023' })!;
    const ids = [
      'Bibliotheek Queued',
      'Bibliotheek Sending',
      'Bibliotheek Failed',
      'Bibliotheek Skipped',
      'Bibliotheek Sent',
      'Bibliotheek Printed',
    ].map((name) => {
      const libraryId = addTestLibrary(db, name);
      createInvitation({ db, editionId: edition.id, libraryId });
      return libraryId;
    });
    const [queued, sending, failed, skipped, sent] = ids;
    const row = (
      libraryId: number,
      status: 'queued' | 'sending' | 'failed' | 'skipped' | 'sent',
      kind: 'invitation' | 'receipt' = 'invitation',
    ) => ({
      editionId: edition.id,
      libraryId,
      kind,
      wave: 0,
      status,
      nextAttemptAt: now,
    });
    db.insert(outbox)
      .values([
        row(queued, 'queued'),
        row(sending, 'sending'),
        row(failed, 'failed'),
        row(skipped, 'skipped'),
        row(sent, 'sent'),
        row(failed, 'queued', 'receipt'),
      ])
      .run();
    return { db, edition };
  }

  it('is a queued or sending invitation row of the edition; a failed or skipped one counts as never mailed', async () => {
    const { db, edition } = await setUp();
    const pending = Object.fromEntries((await loadCandidates(db, edition.id)).map((c) => [c.name, c.invitationPending]));
    expect(pending).toEqual({
      'Bibliotheek Queued': true,
      'Bibliotheek Sending': true,
      'Bibliotheek Failed': false,
      'Bibliotheek Skipped': false,
      'Bibliotheek Sent': false,
      'Bibliotheek Printed': false,
    });
    const queued = (await loadCandidates(db, edition.id)).find((c) => c.name === 'Bibliotheek Queued')!;
    expect(await loadCandidates(db, edition.id, queued.libraryId)).toEqual([queued]);
    // This edition's pending invitation says nothing about the library's invitation for another one.
    const other = getEditionByCode({ db, code: '2021-2022' })!;
    createInvitation({ db, editionId: other.id, libraryId: queued.libraryId });
    expect(await loadCandidates(db, other.id)).toMatchObject([{ name: 'Bibliotheek Queued', invitationPending: false }]);
  });

  it('shows in the preview ("wie krijgt deze mail") as its own reason, beside those never mailed', async () => {
    const { db, edition } = await setUp();
    const preview = await previewMailing({
      db,
      edition: { ...edition, status: 'open', opensAt: null, closesAt: null },
      rule: { ...reminder, minDays: 0 },
      now,
    });
    expect(preview.recipients).toEqual([]);
    // Failed, skipped and printed were never mailed; "sent" here has no sentAt (the row was put in by hand), so it counts as never mailed too.
    expect(preview.excluded).toEqual({ 'invitation-pending': 2, 'not-mailed': 4 });
    const included = await previewMailing({
      db,
      edition: { ...edition, status: 'open', opensAt: null, closesAt: null },
      rule: { ...reminder, minDays: 0, includeNotMailed: true },
      now,
    });
    expect(included.recipients.map((r) => r.name).sort()).toEqual([
      'Bibliotheek Failed',
      'Bibliotheek Printed',
      'Bibliotheek Sent',
      'Bibliotheek Skipped',
    ]);
    expect(included.excluded).toEqual({ 'invitation-pending': 2 });
  });
});
