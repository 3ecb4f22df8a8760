import { afterEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { outbox } from '@/db/schema';
import { getEditionByCode } from '@/lib/editions/queries';
import { createInvitation } from '@/lib/invitations/create';
import { findInvitationByToken } from '@/lib/responses/queries';
import { saveResponse, type SaveRequest } from '@/lib/responses/save';
import { createTestDb } from '@/tests/support/db';
import { addTestLibrary } from '@/tests/support/libraries';
import { startSmtpServer } from '@/tests/support/smtp';
import { runSender, type Clock } from './sender';
import { smtpTransport } from './transport';

const from = 'Enquête <enquete@test.nl>';
const complete = { VO_SAMENWERKING: 'NEE' };

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const clock: Clock = { now: () => new Date(), sleep: async () => undefined };
const momentFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
const HOUR = 60 * 60 * 1000;

async function setUp() {
  const db = await createTestDb();
  const edition = getEditionByCode({ db, code: '2022-2023' })!;
  const libraryId = addTestLibrary(db, 'Bibliotheek Ontvangst');
  const { token } = createInvitation({ db, editionId: edition.id, libraryId });
  const smtp = await startSmtpServer();
  const transport = smtpTransport(smtp.url);
  cleanups.push(
    () => transport.close(),
    () => smtp.close(),
  );
  const save = (request: SaveRequest, now?: Date) =>
    saveResponse({ db, context: findInvitationByToken({ db, token })!, request, now, receipt: true });
  const send = () => runSender({ db, transport, from, ratePerSecond: 0, clock });
  const saveWithoutReceipt = (request: SaveRequest) => saveResponse({ db, context: findInvitationByToken({ db, token })!, request });
  return { db, smtp, save, saveWithoutReceipt, send };
}

describe('a receipt for each sending', () => {
  it('is not queued for a submission that does not ask for one (the demo seed)', async () => {
    const { db, saveWithoutReceipt } = await setUp();
    expect(saveWithoutReceipt({ answers: complete, submit: true })).toMatchObject({ ok: true });
    expect(db.select().from(outbox).all()).toHaveLength(0);
  });

  it('is queued with the submission and sent once, to the library, with the reference the page shows', async () => {
    const { db, smtp, save, send } = await setUp();
    save({ answers: complete, submit: false, version: 0 });
    expect(db.select().from(outbox).all()).toHaveLength(0);

    const moment = new Date(Date.now() - HOUR);
    const sent = save({ answers: complete, submit: true, version: 1 }, moment);
    if (!sent.ok) throw new Error('not sent');
    const reference = sent.response.reference!;
    expect(reference).toMatch(/^R\d+-[0-9A-Z]{4}$/);
    expect(db.select().from(outbox).where(eq(outbox.kind, 'receipt')).all()).toHaveLength(1);

    await send();
    await send();
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail.rcpt).toEqual(['bibliotheek-ontvangst@example.org']);
    expect(mail.subject).toContain(reference);
    expect(mail.text).toContain(`Kenmerk: ${reference}`);
    expect(mail.text).toContain(`verstuurd op ${momentFormat.format(moment)}`);
    expect(db.select().from(outbox).where(eq(outbox.kind, 'receipt')).get()).toMatchObject({ status: 'sent', mailingId: null });
  });

  it("is queued in the submission's own row of the outbox: the moment of sending as its wave and first attempt, no mailing", async () => {
    const { db, save } = await setUp();
    const moment = new Date(Date.now() - HOUR);
    expect(save({ answers: complete, submit: true }, moment)).toMatchObject({ ok: true });
    // The same sending offered again (a retried request at the same moment) queues no second message.
    expect(save({ answers: complete, submit: true }, moment)).toMatchObject({ ok: true });
    const rows = db.select().from(outbox).all();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      kind: 'receipt',
      mailingId: null,
      status: 'queued',
      attempts: 0,
      wave: moment.getTime(),
      nextAttemptAt: moment,
      email: null,
    });
  });

  it('a change saved after sending sends nothing; sending it again brings a new receipt with a new reference', async () => {
    const { smtp, save, send } = await setUp();
    const first = save({ answers: complete, submit: true, version: 0 }, new Date(Date.now() - 2 * HOUR));
    await send();
    const changed = save({ answers: { ...complete, TOELICHTING: 'Nog iets' }, submit: false, version: 1 });
    await send();
    expect(smtp.received).toHaveLength(1);
    expect(changed.ok && changed.response.reference).toBe(first.ok && first.response.reference);

    const again = save({ answers: { ...complete, TOELICHTING: 'Nog iets' }, submit: true, version: 2 }, new Date(Date.now() - HOUR));
    await send();
    expect(smtp.received).toHaveLength(2);
    const references = [first, again].map((r) => (r.ok ? r.response.reference : null));
    expect(new Set(references).size).toBe(2);
    expect(smtp.received[1].text).toContain(`Kenmerk: ${references[1]}`);
  });
});
