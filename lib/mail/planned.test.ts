import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { auditLog, invitations, libraries, mailings, outbox, plannedMailings, responses } from '@/db/schema';
import { seedEditions } from '@/cli/seed/seed';
import { getEditionByCode } from '@/lib/editions/queries';
import { createInvitation } from '@/lib/invitations/create';
import { fakeClock } from '@/tests/support/clock';
import { createTestDb } from '@/tests/support/db';
import { addTestLibrary } from '@/tests/support/libraries';
import { startSmtpServer } from '@/tests/support/smtp';
import type { MailRule } from './eligibility';
import { cancelPlanned, listPlanned, planReminder, startDuePlanned } from './planned';
import { runSender } from './sender';
import { smtpTransport } from './transport';

const actor = { label: 'coordinator@test.nl' };
const from = 'Enquête <enquete@test.nl>';
// These libraries have their links but were never mailed an invitation: the plans include them explicitly.
const reminder: Extract<MailRule, { kind: 'reminder' }> = {
  kind: 'reminder',
  audience: 'all',
  minDays: 0,
  maxReminders: null,
  includeNotMailed: true,
};
const HOUR = 60 * 60 * 1000;

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function setUp(given?: Db) {
  const db = given ?? (await createTestDb());
  const edition = getEditionByCode({ db, code: '2022-2023' })!;
  const invited = ['Bibliotheek Aa', 'Bibliotheek Bee', 'Bibliotheek Cee'].map((name) => {
    const libraryId = addTestLibrary(db, name);
    createInvitation({ db, editionId: edition.id, libraryId });
    return { name, libraryId, email: db.select().from(libraries).where(eq(libraries.id, libraryId)).get()!.email };
  });
  const smtp = await startSmtpServer();
  const transport = smtpTransport(smtp.url);
  cleanups.push(
    () => transport.close(),
    () => smtp.close(),
  );
  const clock = fakeClock();
  const send = () => runSender({ db, transport, from, ratePerSecond: 0, clock });
  return { db, edition, invited, smtp, clock, send };
}

function submit(db: Db, editionId: number, libraryId: number) {
  db.insert(responses).values({ editionId, libraryId, status: 'submitted', updatedAt: new Date(), submittedAt: new Date() }).run();
}

describe('a planned reminder', () => {
  it('is not sent before its moment, is sent once at it with the eligibility of that moment, however often the loop ticks', async () => {
    const { db, edition, invited, smtp, clock, send } = await setUp();
    const at = new Date(clock.now().getTime() + 2 * HOUR);
    const planned = await planReminder({ db, edition, rule: reminder, at, actor, now: clock.now() });
    expect(planned).toMatchObject({ ok: true });

    // Before the moment: nothing starts and nothing goes out.
    clock.advance(HOUR);
    expect(await startDuePlanned({ db, now: clock.now() })).toEqual([]);
    await send();
    expect(smtp.received).toHaveLength(0);
    expect(db.select().from(mailings).all()).toHaveLength(0);

    // Between planning and the moment, Bee submits: it is not mailed.
    submit(db, edition.id, invited[1].libraryId);
    clock.advance(HOUR);
    const started = await startDuePlanned({ db, now: clock.now() });
    expect(started).toHaveLength(1);
    // The loop ticks again (and again, later): nothing new is started.
    expect(await startDuePlanned({ db, now: clock.now() })).toEqual([]);
    clock.advance(HOUR);
    expect(await startDuePlanned({ db, now: clock.now() })).toEqual([]);
    await send();

    expect(smtp.received.map((m) => m.rcpt[0]).sort()).toEqual([invited[0].email, invited[2].email]);
    expect(db.select().from(mailings).all()).toHaveLength(1);
    expect(db.select().from(mailings).get()).toMatchObject({ id: started[0], kind: 'reminder', recipients: 2, state: 'done' });
    expect(await listPlanned({ db, editionId: edition.id })).toMatchObject([{ state: 'started', mailingId: started[0] }]);
    expect(db.select().from(invitations).where(eq(invitations.libraryId, invited[0].libraryId)).get()).toMatchObject({ reminderCount: 1 });

    const actions = db
      .select()
      .from(auditLog)
      .all()
      .map((e) => [e.action, e.actorLabel]);
    expect(actions).toEqual([
      ['mailing.planned', 'coordinator@test.nl'],
      ['mailing.started', 'planning:coordinator@test.nl'],
    ]);
  });

  it('whose moment passed while no server ran starts once, and a second connection to the database finds it started', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planned-'));
    const file = path.join(dir, 'app.db');
    const first = openDatabase(file);
    runMigrations(first);
    seedEditions(first);
    const second = openDatabase(file);
    cleanups.push(() => {
      first.$client.close();
      second.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });
    const { edition, clock } = await setUp(first);
    await planReminder({ db: first, edition, rule: reminder, at: new Date(clock.now().getTime() + HOUR), actor, now: clock.now() });

    clock.advance(5 * HOUR);
    const a = await startDuePlanned({ db: first, now: clock.now() });
    const b = await startDuePlanned({ db: second, now: clock.now() });
    expect([...a, ...b]).toHaveLength(1);
    expect(second.select().from(mailings).all()).toHaveLength(1);
    expect(second.select().from(outbox).all()).toHaveLength(3);
  });

  it('leaves libraries never mailed an invitation out unless the plan includes them, a choice kept from planning to sending', async () => {
    const { db, edition, invited, smtp, clock, send } = await setUp();
    const byDefault = (await planReminder({
      db,
      edition,
      rule: { ...reminder, includeNotMailed: false },
      at: new Date(clock.now().getTime() + HOUR),
      actor,
      now: clock.now(),
    })) as { ok: true; id: number };
    const included = (await planReminder({
      db,
      edition,
      rule: reminder,
      at: new Date(clock.now().getTime() + 2 * HOUR),
      actor,
      now: clock.now(),
    })) as { ok: true; id: number };
    expect(db.select({ id: plannedMailings.id, includeNotMailed: plannedMailings.includeNotMailed }).from(plannedMailings).all()).toEqual([
      { id: byDefault.id, includeNotMailed: false },
      { id: included.id, includeNotMailed: true },
    ]);
    expect(
      db
        .select()
        .from(auditLog)
        .where(eq(auditLog.action, 'mailing.planned'))
        .all()
        .map((e) => (e.details as { includeNotMailed: boolean }).includeNotMailed),
    ).toEqual([false, true]);

    clock.advance(HOUR);
    expect(await startDuePlanned({ db, now: clock.now() })).toEqual([]);
    expect(db.select().from(plannedMailings).where(eq(plannedMailings.id, byDefault.id)).get()).toMatchObject({
      state: 'started',
      outcome: 'nobody',
    });
    clock.advance(HOUR);
    const started = await startDuePlanned({ db, now: clock.now() });
    expect(db.select().from(mailings).get()).toMatchObject({ id: started[0], includeNotMailed: true, recipients: 3 });
    await send();
    expect(smtp.received.map((m) => m.rcpt[0]).sort()).toEqual(invited.map((i) => i.email).sort());
  });

  it('can be cancelled before its moment, and then never starts', async () => {
    const { db, edition, smtp, clock, send } = await setUp();
    const planned = (await planReminder({
      db,
      edition,
      rule: reminder,
      at: new Date(clock.now().getTime() + HOUR),
      actor,
      now: clock.now(),
    })) as {
      ok: true;
      id: number;
    };
    expect(await cancelPlanned({ db, edition, id: planned.id, actor, now: clock.now() })).toBe(true);
    // A second click on "annuleren" changes nothing.
    expect(await cancelPlanned({ db, edition, id: planned.id, actor, now: clock.now() })).toBe(false);
    clock.advance(2 * HOUR);
    expect(await startDuePlanned({ db, now: clock.now() })).toEqual([]);
    await send();
    expect(smtp.received).toHaveLength(0);
    expect(db.select().from(plannedMailings).get()).toMatchObject({ state: 'cancelled', cancelledBy: 'coordinator@test.nl' });
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'mailing.plan_cancelled')).all()).toHaveLength(1);
  });

  it('cannot be planned in the past or after the edition closes', async () => {
    const { db, edition, clock } = await setUp();
    expect(
      await planReminder({ db, edition, rule: reminder, at: new Date(clock.now().getTime() - 1000), actor, now: clock.now() }),
    ).toEqual({
      ok: false,
      reason: 'past',
    });
    const closing = { ...edition, closesAt: new Date(clock.now().getTime() + HOUR) };
    expect(
      await planReminder({ db, edition: closing, rule: reminder, at: new Date(clock.now().getTime() + 2 * HOUR), actor, now: clock.now() }),
    ).toEqual({ ok: false, reason: 'after-closing' });
    expect(db.select().from(plannedMailings).all()).toHaveLength(0);
  });

  it('that finds nobody to mail at its moment records that and sends nothing', async () => {
    const { db, edition, invited, clock } = await setUp();
    const planned = (await planReminder({
      db,
      edition,
      rule: reminder,
      at: new Date(clock.now().getTime() + HOUR),
      actor,
      now: clock.now(),
    })) as {
      ok: true;
      id: number;
    };
    for (const library of invited) submit(db, edition.id, library.libraryId);
    clock.advance(HOUR);
    expect(await startDuePlanned({ db, now: clock.now() })).toEqual([]);
    expect(
      db
        .select()
        .from(plannedMailings)
        .where(and(eq(plannedMailings.id, planned.id)))
        .get(),
    ).toMatchObject({ state: 'started', outcome: 'nobody', mailingId: null });
  });
});
