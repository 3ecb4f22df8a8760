import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { invitations, libraries, responses } from '@/db/schema';
import { getEditionByCode } from '@/lib/editions/queries';
import { createInvitation } from '@/lib/invitations/create';
import { startMailing } from '@/lib/mail/mailings';
import { runSender } from '@/lib/mail/sender';
import type { MailTransport } from '@/lib/mail/transport';
import { fakeClock } from '@/tests/support/clock';
import { createTestDb } from '@/tests/support/db';
import { addTestLibrary } from '@/tests/support/libraries';
import { toLiveData } from './live';
import { mailOverlay } from './mail-events';
import { monitoringPage } from './overview';

const HOUR = 3_600_000;
const actor = { label: 'coordinator@test.nl' };

/** Accepts every message except those to a refused address, which get a permanent refusal with a reply. */
function fakeTransport(refused: string): MailTransport {
  return {
    kind: 'smtp',
    target: 'test',
    send: async (message) => {
      if (message.to === refused) throw Object.assign(new Error('refused'), { responseCode: 550, response: '550 5.1.1 No such user here' });
      return { messageId: `<${message.outboxId}@test>` };
    },
    close: () => {},
  };
}

describe('mailings on the monitoring page', () => {
  it("marks each mailing's start on the curve and shows every library's mails with their result in its timeline", async () => {
    const db = await createTestDb();
    const edition = getEditionByCode({ db, code: '2022-2023' })!;
    const ids = ['Bibliotheek Aa', 'Bibliotheek Bee', 'Bibliotheek Cee'].map((name) => {
      const libraryId = addTestLibrary(db, name);
      createInvitation({ db, editionId: edition.id, libraryId });
      return libraryId;
    });
    const [aa, bee, cee] = ids;
    const email = (id: number) => db.select().from(libraries).where(eq(libraries.id, id)).get()!.email;
    // Cee's link cannot be shown, so its invitation is skipped.
    db.update(invitations).set({ tokenEncrypted: null }).where(eq(invitations.libraryId, cee)).run();
    const clock = fakeClock(new Date(Date.now() - 48 * HOUR));
    const transport = fakeTransport(email(bee));
    const send = () => runSender({ db, transport, from: 'Enquête <enquete@test.nl>', ratePerSecond: 0, clock });

    const invitationAt = clock.now();
    await startMailing({ db, edition, rule: { kind: 'invitation' }, actor, now: invitationAt });
    await send();
    clock.advance(24 * HOUR);
    db.insert(responses).values({ editionId: edition.id, libraryId: aa, status: 'draft', updatedAt: clock.now() }).run();
    const reminderAt = clock.now();
    await startMailing({
      db,
      edition,
      rule: { kind: 'reminder', audience: 'started', minDays: 0, maxReminders: null, includeNotMailed: false },
      actor,
      now: reminderAt,
    });
    await send();

    const page = (await monitoringPage({
      db,
      code: edition.code,
      filters: {},
      limit: 50,
      offset: 0,
      groupSort: { key: 'name', direction: 'asc' },
    }))!;
    const overlay = await mailOverlay({ db, editionId: edition.id, libraryIds: page.libraries.map((l) => l.libraryId) });
    expect(overlay.markers).toEqual([
      { at: invitationAt, label: 'Uitnodiging' },
      { at: reminderAt, label: 'Herinnering' },
    ]);
    const live = toLiveData(page, overlay);
    expect(live.chartSvg.match(/data-marker=/g)).toHaveLength(2);
    expect(live.chartSvg).toContain('>Uitnodiging</text>');
    expect(live.chartSvg).toContain('>Herinnering</text>');

    const mails = (name: string) =>
      live.libraries
        .find((l) => l.name === name)!
        .timeline.flatMap((entry) => (entry.event === 'mail' ? [{ kind: entry.kind, result: entry.result, detail: entry.detail }] : []));
    expect(mails('Bibliotheek Aa')).toEqual([
      { kind: 'Uitnodiging', result: 'sent', detail: null },
      { kind: 'Herinnering', result: 'sent', detail: null },
    ]);
    expect(mails('Bibliotheek Bee')).toEqual([{ kind: 'Uitnodiging', result: 'failed', detail: '550 5.1.1 No such user here' }]);
    expect(mails('Bibliotheek Cee')).toEqual([
      { kind: 'Uitnodiging', result: 'skipped', detail: expect.stringContaining('de link kan niet worden getoond') },
    ]);
    // A mail the outbox sent is not shown a second time from the invitation's own dates.
    const aaEvents = live.libraries.find((l) => l.name === 'Bibliotheek Aa')!.timeline.map((e) => e.event);
    expect(aaEvents).not.toContain('invitationSent');
    expect(aaEvents).not.toContain('reminded');
    // Oldest first.
    const times = live.libraries.find((l) => l.name === 'Bibliotheek Aa')!.timeline.map((e) => e.at);
    expect([...times].sort()).toEqual(times);
  });
});
