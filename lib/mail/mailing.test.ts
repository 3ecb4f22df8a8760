import os from 'node:os';
import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditLog, invitations, libraries, mailings, outbox, responses } from '@/db/schema';
import { getEditionByCode } from '@/lib/editions/queries';
import { findInvitationByToken } from '@/lib/responses/queries';
import { fakeClock } from '@/tests/support/clock';
import { createTestDb } from '@/tests/support/db';
import { inviteTestLibraries } from '@/tests/support/libraries';
import { startSmtpServer } from '@/tests/support/smtp';
import type { MailRule } from './eligibility';
import { previewMailing, startMailing } from './mailings';
import { runSender, type Progress } from './sender';
import { smtpTransport } from './transport';

const actor = { label: 'coordinator@test.nl' };
const from = 'Enquête <enquete@test.nl>';
const invitation: MailRule = { kind: 'invitation' };
const reminder = { kind: 'reminder', audience: 'all', minDays: 3, maxReminders: null, includeNotMailed: false } as const satisfies MailRule;
const DAY = 24 * 60 * 60 * 1000;

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** A clock that moves only when the sender sleeps: throttling and back-off cost no real time. */
async function setUp(
  names = ['Bibliotheek Aa', 'Bibliotheek Bee', 'Bibliotheek Cee'],
  refuse?: NonNullable<Parameters<typeof startSmtpServer>[0]>['refuse'],
) {
  const db = await createTestDb();
  const edition = getEditionByCode({ db, code: '2022-2023' })!;
  const invited = inviteTestLibraries(db, edition.id, names);
  const smtp = await startSmtpServer({ refuse });
  const transport = smtpTransport(smtp.url);
  cleanups.push(
    () => transport.close(),
    () => smtp.close(),
  );
  const clock = fakeClock();
  const send = (options: { mailingIds?: number[]; onProgress?: (p: Progress) => void | Promise<void> } = {}) =>
    runSender({ db, transport, from, ratePerSecond: 10, clock, ...options });
  return { db, edition, invited, smtp, transport, clock, send };
}

function submit(db: Db, editionId: number, libraryId: number, status: 'draft' | 'submitted' = 'submitted') {
  db.insert(responses)
    .values({ editionId, libraryId, status, updatedAt: new Date(), submittedAt: status === 'submitted' ? new Date() : null })
    .onConflictDoUpdate({ target: [responses.editionId, responses.libraryId], set: { status, submittedAt: new Date() } })
    .run();
}

function linkIn(text: string): string {
  const match = /http\S+\/r\/([A-Za-z0-9_-]{43})/.exec(text);
  if (!match) throw new Error(`no link in: ${text}`);
  return match[1];
}

describe('an invitation mailing', () => {
  it('sends every invited library exactly one invitation with its own working link; a second start sends nothing', async () => {
    const { db, edition, invited, smtp, send, clock } = await setUp();
    expect((await previewMailing({ db, edition, rule: invitation })).recipients.map((r) => r.name)).toEqual(invited.map((i) => i.name));

    const started = await startMailing({ db, edition, rule: invitation, actor, now: clock.now() });
    expect(started).toMatchObject({ ok: true, recipients: 3 });
    // A double click or a second coordinator: nothing new is queued, no mailing is made.
    expect(await startMailing({ db, edition, rule: invitation, actor, now: clock.now() })).toEqual({ ok: false, reason: 'nobody' });
    const before = clock.now().getTime();
    await send();
    // Throttled: 10 a second is a tenth of a second after each message.
    expect(clock.now().getTime() - before).toBe(300);

    expect(smtp.received).toHaveLength(3);
    for (const library of invited) {
      const mails = smtp.received.filter((m) => m.rcpt.includes(library.email));
      expect(mails, library.name).toHaveLength(1);
      expect(mails[0].subject).toContain(library.name);
      const token = linkIn(mails[0].text!);
      expect(token).toBe(library.token);
      // The link in the mail opens this library's questionnaire.
      expect(findInvitationByToken({ db, token })?.library.name).toBe(library.name);
    }
    const rows = db.select().from(invitations).all();
    expect(rows.every((r) => r.sentAt)).toBe(true);
    expect(db.select().from(mailings).get()).toMatchObject({ state: 'done', recipients: 3 });

    // A second run after the first finished: nobody is left.
    expect((await previewMailing({ db, edition, rule: invitation })).recipients).toEqual([]);
    expect(await startMailing({ db, edition, rule: invitation, actor })).toEqual({ ok: false, reason: 'nobody' });
    await send();
    expect(smtp.received).toHaveLength(3);

    const audit = db.select().from(auditLog).where(eq(auditLog.action, 'mailing.started')).all();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorLabel: 'coordinator@test.nl',
      target: 'edition:2022-2023',
      details: { kind: 'invitation', recipients: 3 },
    });
  });

  it('skips a library whose link cannot be shown, with the reason', async () => {
    const { db, edition, invited, smtp, send } = await setUp();
    db.update(invitations).set({ tokenEncrypted: null }).where(eq(invitations.libraryId, invited[1].libraryId)).run();
    await startMailing({ db, edition, rule: invitation, actor });
    await send();
    expect(smtp.received.map((m) => m.rcpt[0]).sort()).toEqual([invited[0].email, invited[2].email]);
    expect(db.select().from(outbox).where(eq(outbox.libraryId, invited[1].libraryId)).get()).toMatchObject({
      status: 'skipped',
      lastError: 'no-link',
    });
  });

  it('after a crash with messages left "sending", a restart mails every library once', async () => {
    const { db, edition, invited, smtp, send } = await setUp(['Bibliotheek Aa', 'Bibliotheek Bee', 'Bibliotheek Cee', 'Bibliotheek Dee']);
    const { mailingId } = (await startMailing({ db, edition, rule: invitation, actor })) as { mailingId: number };
    // The process dies after one message went out and while the second was being handed over.
    let delivered = 0;
    await expect(
      send({
        onProgress: () => {
          delivered++;
          if (delivered === 1) {
            const second = db
              .select()
              .from(outbox)
              .where(and(eq(outbox.mailingId, mailingId), eq(outbox.status, 'queued')))
              .get()!;
            db.update(outbox).set({ status: 'sending', attempts: 1 }).where(eq(outbox.id, second.id)).run();
            throw new Error('crash');
          }
        },
      }),
    ).rejects.toThrow('crash');
    expect(smtp.received).toHaveLength(1);

    // A row another living process is handing over is left to it; the one of the process that died is taken over.
    const held = db
      .insert(outbox)
      .values({
        mailingId,
        editionId: edition.id,
        libraryId: invited[3].libraryId,
        kind: 'reminder',
        wave: 1,
        status: 'sending',
        nextAttemptAt: new Date(),
        claimedBy: `${os.hostname()}:${process.ppid}`,
      })
      .returning()
      .get();
    await send();
    for (const library of invited)
      expect(
        smtp.received.filter((m) => m.rcpt.includes(library.email)),
        library.name,
      ).toHaveLength(1);
    expect(db.select().from(outbox).where(eq(outbox.id, held.id)).get()?.status).toBe('sending');
    expect(db.select().from(mailings).get()?.state).toBe('running');

    db.delete(outbox).where(eq(outbox.id, held.id)).run();
    await send();
    expect(db.select().from(mailings).get()?.state).toBe('done');
  });
});

describe('an unthrottled mailing', () => {
  it('keeps the record of a message that went out when taking the next one fails, so it does not go out again', async () => {
    const { db, edition, invited, smtp, transport, clock } = await setUp();
    await startMailing({ db, edition, rule: invitation, actor, now: clock.now() });
    let handedOver = 0;
    // After the first message the edition's wordings cannot be read: the claim of the second throws.
    const breaking = {
      ...transport,
      send: async (message: Parameters<typeof transport.send>[0]) => {
        const result = await transport.send(message);
        if (++handedOver === 1) db.$client.exec('alter table mail_templates rename to mail_templates_away');
        return result;
      },
    };
    await expect(runSender({ db, transport: breaking, from, ratePerSecond: 0, clock })).rejects.toThrow(/mail_templates/);
    expect(
      db
        .select({ status: outbox.status })
        .from(outbox)
        .orderBy(outbox.id)
        .all()
        .map((r) => r.status),
    ).toEqual(['sent', 'queued', 'queued']);

    db.$client.exec('alter table mail_templates_away rename to mail_templates');
    await runSender({ db, transport, from, ratePerSecond: 0, clock });
    expect(invited.map((library) => smtp.received.filter((m) => m.rcpt.includes(library.email)).length)).toEqual([1, 1, 1]);
    expect(
      db
        .select()
        .from(invitations)
        .all()
        .every((r) => r.sentAt),
    ).toBe(true);
  });
});

describe('a reminder mailing', () => {
  it('skips libraries that submitted, including one that submits while the mailing runs', async () => {
    const { db, edition, invited, smtp, send, clock } = await setUp([
      'Bibliotheek Aa',
      'Bibliotheek Bee',
      'Bibliotheek Cee',
      'Bibliotheek Dee',
    ]);
    const [aa, bee, cee, dee] = invited;
    await startMailing({ db, edition, rule: invitation, actor, now: clock.now() });
    await send();
    clock.advance(4 * DAY);
    submit(db, edition.id, aa.libraryId);
    submit(db, edition.id, cee.libraryId, 'draft');

    const preview = await previewMailing({ db, edition, rule: reminder, now: clock.now() });
    expect(preview.recipients.map((r) => r.name)).toEqual([bee.name, cee.name, dee.name]);
    expect(preview.excluded).toEqual({ submitted: 1 });
    await startMailing({ db, edition, rule: reminder, actor, now: clock.now() });
    smtp.received.length = 0;

    // Bee gets its reminder; then Dee submits before its turn.
    await send({
      onProgress: ({ row }) => {
        if (row.libraryId === bee.libraryId) submit(db, edition.id, dee.libraryId);
      },
    });
    expect(smtp.received.map((m) => m.rcpt[0])).toEqual([bee.email, cee.email]);
    // A library that started gets the wording for those that started.
    expect(smtp.received[1].subject).toContain('rond de enquête');
    expect(
      db
        .select()
        .from(outbox)
        .where(and(eq(outbox.libraryId, dee.libraryId), eq(outbox.kind, 'reminder')))
        .get(),
    ).toMatchObject({ status: 'skipped', lastError: 'submitted' });
    expect(db.select().from(invitations).where(eq(invitations.libraryId, bee.libraryId)).get()).toMatchObject({ reminderCount: 1 });

    // Too soon for another reminder; a double start queues nothing.
    expect(await startMailing({ db, edition, rule: reminder, actor, now: clock.now() })).toEqual({ ok: false, reason: 'nobody' });
    clock.advance(4 * DAY);
    expect((await previewMailing({ db, edition, rule: { ...reminder, maxReminders: 1 }, now: clock.now() })).excluded).toMatchObject({
      'max-reminders': 2,
    });
    expect(
      (await previewMailing({ db, edition, rule: { ...reminder, audience: 'started' }, now: clock.now() })).recipients.map((r) => r.name),
    ).toEqual([cee.name]);
  });
});

describe('refusals by the mail server', () => {
  it('retries a temporary refusal (451) with back-off, and records a permanent one (550) with its reply', async () => {
    let greylisted = 2;
    const { db, edition, invited, smtp, send } = await setUp(['Bibliotheek Aa', 'Bibliotheek Bee', 'Bibliotheek Cee'], (recipient) => {
      if (recipient.startsWith('bibliotheek-aa') && greylisted-- > 0) return { code: 451, message: 'Greylisted, try again later' };
      if (recipient.startsWith('bibliotheek-bee')) return { code: 550, message: 'No such user here' };
      return undefined;
    });
    const outcomes: Progress['outcome'][] = [];
    await startMailing({ db, edition, rule: invitation, actor });
    await send({ onProgress: (p) => void outcomes.push(p.outcome) });

    expect(outcomes.filter((o) => o === 'retry')).toHaveLength(2);
    expect(smtp.received.map((m) => m.rcpt[0]).sort()).toEqual([invited[0].email, invited[2].email]);
    const aa = db.select().from(outbox).where(eq(outbox.libraryId, invited[0].libraryId)).get()!;
    expect(aa).toMatchObject({ status: 'sent', attempts: 3 });
    const bee = db.select().from(outbox).where(eq(outbox.libraryId, invited[1].libraryId)).get()!;
    expect(bee.status).toBe('failed');
    expect(bee.lastError).toContain('550');
    expect(bee.lastError).toContain('No such user here');
    expect(db.select().from(invitations).where(eq(invitations.libraryId, invited[1].libraryId)).get()?.sentAt).toBeNull();
    expect(db.select().from(mailings).get()?.state).toBe('done');
  });

  it('mails a library whose message failed once its address is corrected, in the next mailing', async () => {
    const { db, edition, invited, smtp, send } = await setUp(['Bibliotheek Aa', 'Bibliotheek Bee'], (recipient) =>
      recipient.startsWith('bibliotheek-bee') ? { code: 550, message: 'No such user here' } : undefined,
    );
    await startMailing({ db, edition, rule: invitation, actor });
    await send({});
    expect((await previewMailing({ db, edition, rule: invitation })).recipients.map((r) => r.name)).toEqual(['Bibliotheek Bee']);

    db.update(libraries).set({ email: 'bee-nieuw@example.org' }).where(eq(libraries.id, invited[1].libraryId)).run();
    expect(await startMailing({ db, edition, rule: invitation, actor })).toMatchObject({ ok: true, recipients: 1 });
    await send({});
    expect(smtp.received.map((m) => m.rcpt[0])).toEqual([invited[0].email, 'bee-nieuw@example.org']);
    expect(db.select().from(outbox).where(eq(outbox.libraryId, invited[1].libraryId)).get()).toMatchObject({ status: 'sent', attempts: 1 });
    // A sent message is never queued again.
    expect(await startMailing({ db, edition, rule: invitation, actor })).toEqual({ ok: false, reason: 'nobody' });
  });
});
