import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { editions, libraries } from '@/db/schema';
import { getEditionByCode } from '@/lib/editions/queries';
import { createInvitation } from '@/lib/invitations/create';
import { createTestDb } from '@/tests/support/db';
import { findInvitationByToken } from './queries';

async function setUp() {
  const db = await createTestDb();
  const edition = getEditionByCode({ db, code: '2022-2023' })!;
  const library = db.insert(libraries).values({ name: 'Bibliotheek Opzoek', province: 'Drenthe', email: 'o@o.nl' }).returning().get();
  const { token } = createInvitation({ db, editionId: edition.id, libraryId: library.id });
  return { db, edition, library, lookUp: () => findInvitationByToken({ db, token })! };
}

describe("a link's invitation as each request reads it", () => {
  it('is the edition and library as stored, read the same way as any edition', async () => {
    const { edition, library, lookUp } = await setUp();
    const context = lookUp();
    expect(context.library).toEqual({ id: library.id, name: 'Bibliotheek Opzoek', province: 'Drenthe' });
    expect(context.edition).toEqual(edition);
  });

  it('follows every change of the edition at once: its wording, its status, its moments', async () => {
    const { db, edition, lookUp } = await setUp();
    expect(lookUp().edition.status).toBe('open');

    // The definition's text changes (a question's wording), stored as the editor stores it.
    const reworded = structuredClone(edition.definition);
    reworded.pages[0].questions[0].text = 'Werkt uw bibliotheek samen met scholen voor voortgezet onderwijs, en hoe?';
    db.update(editions).set({ definition: reworded }).where(eq(editions.id, edition.id)).run();
    expect(lookUp().edition.definition.pages[0].questions[0].text).toBe(
      'Werkt uw bibliotheek samen met scholen voor voortgezet onderwijs, en hoe?',
    );
    expect(lookUp().edition.definitionVersion).not.toBe(edition.definitionVersion);

    // One column at a time: each alone must show.
    const closesAt = new Date('2031-07-01T12:00:00.000Z');
    const changes = [
      { status: 'closed' as const },
      { closesAt },
      { opensAt: new Date('2022-09-01T08:00:00.000Z') },
      { title: 'Andere titel' },
    ];
    for (const change of changes) {
      db.update(editions).set(change).where(eq(editions.id, edition.id)).run();
      expect(lookUp().edition).toMatchObject(change);
    }
    expect(lookUp().edition).toEqual(getEditionByCode({ db, code: '2022-2023' }));
  });
});
