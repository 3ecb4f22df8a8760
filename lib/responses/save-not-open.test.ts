import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { editions, libraries } from '@/db/schema';
import { getEditionByCode } from '@/lib/editions/queries';
import { createInvitation } from '@/lib/invitations/create';
import { createTestDb } from '@/tests/support/db';
import { findInvitationByToken, getCurrentResponse } from './queries';
import { saveResponse } from './save';

async function setUp(moments: Partial<typeof editions.$inferInsert>) {
  const db = await createTestDb();
  db.update(editions).set(moments).where(eq(editions.code, '2022-2023')).run();
  const library = db.insert(libraries).values({ name: 'Bibliotheek Vroeg', province: 'Utrecht', email: 'v@t.nl' }).returning().get();
  const { token } = createInvitation({ db, editionId: getEditionByCode({ db, code: '2022-2023' })!.id, libraryId: library.id });
  const context = findInvitationByToken({ db, token })!;
  const save = (now: Date) => saveResponse({ db, context, request: { answers: { VO_SAMENWERKING: 'NEE' }, submit: false }, now });
  return { save, stored: () => getCurrentResponse({ db, edition: context.edition, libraryId: library.id }) };
}

const now = new Date('2030-03-01T12:00:00Z');

describe('saving before an edition opens', () => {
  it('refuses a save to a concept edition as not open yet, and stores nothing', async () => {
    const { save, stored } = await setUp({ status: 'draft', opensAt: null, closesAt: null });
    expect(save(now)).toEqual({ ok: false, reason: 'not_open' });
    expect(stored().status).toBe('not_started');
  });

  it('refuses a save before the opening moment, and accepts it from that moment until the closing moment', async () => {
    const opensAt = new Date('2030-03-02T08:00:00Z');
    const closesAt = new Date('2030-04-01T17:00:00Z');
    const { save } = await setUp({ status: 'open', opensAt, closesAt });
    expect(save(now)).toEqual({ ok: false, reason: 'not_open' });
    expect(save(opensAt)).toMatchObject({ ok: true });
    expect(save(closesAt)).toEqual({ ok: false, reason: 'closed' });
  });
});
