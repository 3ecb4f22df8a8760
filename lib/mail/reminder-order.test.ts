import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { auditLog, invitations, libraries, mailings, outbox } from '@/db/schema';
import { getEditionByCode } from '@/lib/editions/queries';
import { createTestDb } from '@/tests/support/db';
import { inviteTestLibraries } from '@/tests/support/libraries';
import { startSmtpServer, type ReceivedMail } from '@/tests/support/smtp';
import type { MailRule } from './eligibility';
import { previewMailing, startMailing } from './mailings';
import { planReminder, startDuePlanned } from './planned';
import { runSender, type Progress } from './sender';
import { smtpTransport } from './transport';

const actor = { label: 'coordinator@test.nl' };
const from = 'Enquête <enquete@test.nl>';
const DAY = 24 * 60 * 60 * 1000;
const reminder = { kind: 'reminder', audience: 'all', minDays: 3, maxReminders: null, includeNotMailed: false } as const satisfies MailRule;

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function setUp(names: string[], refuse?: NonNullable<Parameters<typeof startSmtpServer>[0]>['refuse']) {
  const db = await createTestDb();
  const edition = getEditionByCode({ db, code: '2022-2023' })!;
  const invited = inviteTestLibraries(db, edition.id, names);
  const smtp = await startSmtpServer({ refuse });
  /** A transport per sender: each stands for a process of its own (the CLI, the server). */
  const transport = () => {
    const t = smtpTransport(smtp.url);
    cleanups.push(() => t.close());
    return t;
  };
  cleanups.push(() => smtp.close());
  return { db, edition, invited, smtp, transport };
}

const kindOf = (mail: ReceivedMail) =>
  mail.subject?.startsWith('Uitnodiging') ? 'invitation' : mail.subject?.startsWith('Herinnering') ? 'reminder' : mail.subject;

/** What each address received, in the order the SMTP server accepted it. */
function mailsPerAddress(received: ReceivedMail[]): Map<string, string[]> {
  const per = new Map<string, string[]>();
  for (const mail of received) for (const rcpt of mail.rcpt) per.set(rcpt, [...(per.get(rcpt) ?? []), String(kindOf(mail))]);
  return per;
}

describe('a reminder never overtakes the invitation', () => {
  it(
    'while an invitation mailing of 50 goes out slowly, a reminder started at once and a planned one due during it reach no library before its invitation',
    { timeout: 60_000 },
    async () => {
      const fresh = Array.from({ length: 50 }, (_, i) => `Bibliotheek Nieuw ${String(i + 1).padStart(2, '0')}`);
      const earlier = Array.from({ length: 5 }, (_, i) => `Bibliotheek Eerder ${i + 1}`);
      const { db, edition, invited, smtp, transport } = await setUp([...fresh, ...earlier]);
      // Five libraries had their invitation by mail last week: they are the ones a reminder is for.
      for (const library of invited.filter((l) => earlier.includes(l.name))) {
        db.update(invitations)
          .set({ sentAt: new Date(Date.now() - 7 * DAY) })
          .where(eq(invitations.libraryId, library.libraryId))
          .run();
      }

      const invitationMailing = await startMailing({ db, edition, rule: { kind: 'invitation' }, actor });
      expect(invitationMailing).toMatchObject({ ok: true, recipients: 50 });
      // A planned reminder whose moment comes while the invitations are still going out; minimum interval 0, the most eager there is.
      const plannedAt = new Date(Date.now() + 200);
      expect(await planReminder({ db, edition, rule: { ...reminder, minDays: 0 }, at: plannedAt, actor })).toMatchObject({ ok: true });

      const senders: Promise<void>[] = [];
      let invitationsSent = 0;
      let plannedMailingIds: number[] = [];
      // `send-invitations` at 25 a second, two seconds for all…
      senders.push(
        runSender({
          db,
          transport: transport(),
          from,
          ratePerSecond: 25,
          mailingIds: [(invitationMailing as { mailingId: number }).mailingId],
          onProgress: async ({ outcome }: Progress) => {
            if (outcome !== 'sent' || ++invitationsSent !== 20) return;
            // …and at the 20th, past the planned moment, the server's scheduler starts the plan and sends it as fast as it can.
            plannedMailingIds = await startDuePlanned({ db });
            senders.push(runSender({ db, transport: transport(), from, ratePerSecond: 0, mailingIds: plannedMailingIds }));
          },
        }),
      );
      // …and at once, beside it, `send-reminders` (default options, even those never mailed included), as fast as it can.
      const beforeReminder = await previewMailing({ db, edition, rule: { ...reminder, includeNotMailed: true } });
      const reminderMailing = await startMailing({ db, edition, rule: { ...reminder, includeNotMailed: true }, actor });
      senders.push(
        runSender({
          db,
          transport: transport(),
          from,
          ratePerSecond: 0,
          mailingIds: reminderMailing.ok ? [reminderMailing.mailingId] : [],
          waitForOthers: true,
        }),
      );
      while (senders.length > 0) await senders.shift();

      const per = mailsPerAddress(smtp.received);
      const overtaken = invited
        .filter((l) => fresh.includes(l.name) && (per.get(l.email)?.[0] ?? 'nothing') !== 'invitation')
        .map((l) => `${l.name}: ${per.get(l.email)?.join(', ')}`);
      expect(overtaken).toEqual([]);
      for (const library of invited.filter((l) => fresh.includes(l.name)))
        expect(
          per.get(library.email)!.filter((k) => k === 'invitation'),
          library.name,
        ).toHaveLength(1);

      // The reminder started at once went to the five mailed last week; the 50 were held back for their pending invitation.
      expect(beforeReminder.excluded).toEqual({ 'invitation-pending': 50 });
      expect(reminderMailing).toMatchObject({ ok: true, recipients: 5 });
      for (const library of invited.filter((l) => earlier.includes(l.name)))
        expect(per.get(library.email), library.name).toContain('reminder');
      expect(invited.filter((l) => earlier.includes(l.name)).flatMap((l) => per.get(l.email)!)).not.toContain('invitation');
      // The planned one did fire during the mailing: it reminded libraries whose invitation had gone out, after it, and not the rest.
      expect(plannedMailingIds).toHaveLength(1);
      const remindedByPlan = db.select().from(outbox).where(eq(outbox.mailingId, plannedMailingIds[0])).all();
      const freshIds = new Set(invited.filter((l) => fresh.includes(l.name)).map((l) => l.libraryId));
      const freshReminded = remindedByPlan.filter((r) => freshIds.has(r.libraryId));
      expect(freshReminded.length).toBeGreaterThan(0);
      expect(freshReminded.length).toBeLessThan(50);
      expect(freshReminded.every((r) => r.status === 'sent')).toBe(true);
      expect(
        db
          .select()
          .from(mailings)
          .all()
          .every((m) => m.state === 'done'),
      ).toBe(true);
    },
  );

  it('the sender asks again: a reminder queued before an invitation mailing took the library over is skipped, and the invitation goes first', async () => {
    const { db, edition, invited, smtp, transport } = await setUp(['Bibliotheek Aa', 'Bibliotheek Bee'], (recipient) =>
      recipient.startsWith('bibliotheek-bee') ? { code: 550, message: 'No such user here' } : undefined,
    );
    const [aa, bee] = invited;
    await startMailing({ db, edition, rule: { kind: 'invitation' }, actor });
    await runSender({ db, transport: transport(), from, ratePerSecond: 0 });
    expect(db.select().from(outbox).where(eq(outbox.libraryId, bee.libraryId)).get()).toMatchObject({
      kind: 'invitation',
      status: 'failed',
    });
    // Bee's invitation failed: it counts as never mailed, and gets the reminder the coordinator asks for explicitly…
    const reminderMailing = await startMailing({ db, edition, rule: { ...reminder, minDays: 0, includeNotMailed: true }, actor });
    expect(reminderMailing).toMatchObject({ ok: true, recipients: 2 });
    // …then, its address corrected, a new invitation mailing takes its failed invitation over before the reminder went out.
    db.update(libraries).set({ email: 'bee-nieuw@example.org' }).where(eq(libraries.id, bee.libraryId)).run();
    const invitationMailing = await startMailing({ db, edition, rule: { kind: 'invitation' }, actor });
    expect(invitationMailing).toMatchObject({ ok: true, recipients: 1 });

    // The reminder's sender runs first (another process got there first).
    const skipped: string[] = [];
    await runSender({
      db,
      transport: transport(),
      from,
      ratePerSecond: 0,
      mailingIds: [(reminderMailing as { mailingId: number }).mailingId],
      onProgress: (p) => void (p.outcome === 'skipped' && skipped.push(`${p.row.libraryId}:${p.reason}`)),
    });
    expect(skipped).toEqual([`${bee.libraryId}:invitation-pending`]);
    await runSender({
      db,
      transport: transport(),
      from,
      ratePerSecond: 0,
      mailingIds: [(invitationMailing as { mailingId: number }).mailingId],
    });
    expect(Object.fromEntries(mailsPerAddress(smtp.received))).toEqual({
      [aa.email]: ['invitation', 'reminder'],
      'bee-nieuw@example.org': ['invitation'],
    });
  });
});

describe('a reminder to libraries never mailed an invitation', () => {
  it('is not sent by default, and is when the coordinator asks for it: the library with a printed link gets its own link by mail', async () => {
    const { db, edition, invited, smtp, transport } = await setUp(['Bibliotheek Gedrukt']);
    const [printed] = invited;
    const preview = await previewMailing({ db, edition, rule: reminder });
    expect(preview.recipients).toEqual([]);
    expect(preview.excluded).toEqual({ 'not-mailed': 1 });
    expect(await startMailing({ db, edition, rule: reminder, actor })).toEqual({ ok: false, reason: 'nobody' });

    const started = await startMailing({ db, edition, rule: { ...reminder, includeNotMailed: true }, actor });
    expect(started).toMatchObject({ ok: true, recipients: 1 });
    // The choice is stored with the mailing, so the sender asks the same rule, and audited.
    expect(db.select().from(mailings).get()).toMatchObject({ kind: 'reminder', includeNotMailed: true });
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'mailing.started')).get()?.details).toMatchObject({
      kind: 'reminder',
      includeNotMailed: true,
      recipients: 1,
    });
    await runSender({ db, transport: transport(), from, ratePerSecond: 0 });

    expect(smtp.received.map((m) => [m.rcpt[0], kindOf(m)])).toEqual([[printed.email, 'reminder']]);
    expect(smtp.received[0].text).toContain(`/r/${printed.token}`);
    expect(db.select().from(invitations).where(eq(invitations.libraryId, printed.libraryId)).get()).toMatchObject({
      reminderCount: 1,
      sentAt: null,
    });
  });
});
