import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, editions, invitations } from '@/db/schema';
import { getEditionByCode } from '@/lib/editions/queries';
import { findInvitationByToken } from '@/lib/responses/queries';
import { createTestDb } from '@/tests/support/db';
import { addTestLibrary } from '@/tests/support/libraries';
import { createInvitation } from './create';
import { inviteLibraries } from './invite';
import { showInvitationLink } from './links';

const actor = { userId: undefined, label: 'admin@test.nl' };

async function setUp() {
  const db = await createTestDb();
  const edition = getEditionByCode({ db, code: '2022-2023' })!;
  const a = addTestLibrary(db, 'Bibliotheek A');
  const b = addTestLibrary(db, 'Bibliotheek B');
  const c = addTestLibrary(db, 'Bibliotheek C');
  const gone = addTestLibrary(db, 'Bibliotheek Weg', { deactivated: true });
  return { db, edition, ids: { a, b, c, gone } };
}

const invitedNames = (db: Awaited<ReturnType<typeof createTestDb>>, editionId: number) =>
  db.$client
    .prepare('select l.name from invitations i join libraries l on l.id = i.library_id where i.edition_id = ? order by l.name')
    .pluck()
    .all(editionId);

describe('inviting libraries for an edition', () => {
  it('invites every active library without a link, skips those that have one and leaves deactivated ones out', async () => {
    const { db, edition, ids } = await setUp();
    const earlier = createInvitation({ db, editionId: edition.id, libraryId: ids.b });
    const result = await inviteLibraries({ db, edition, actor });
    if (!result.ok) throw new Error(result.reason);
    expect(result.created.map((i) => i.name)).toEqual(['Bibliotheek A', 'Bibliotheek C']);
    expect(result.skipped).toEqual([{ libraryId: ids.b, name: 'Bibliotheek B', reason: 'invited' }]);
    expect(invitedNames(db, edition.id)).toEqual(['Bibliotheek A', 'Bibliotheek B', 'Bibliotheek C']);
    // The link handed out earlier still works; the new ones work and can be shown again.
    expect(findInvitationByToken({ db, token: earlier.token })?.library.name).toBe('Bibliotheek B');
    for (const created of result.created) {
      expect(findInvitationByToken({ db, token: created.token })?.library.name).toBe(created.name);
      expect(await showInvitationLink({ db, invitationId: created.invitationId, actor })).toMatchObject({ ok: true, url: created.url });
    }
  });

  it('invites a selection, reporting the selected libraries that are deactivated or already invited', async () => {
    const { db, edition, ids } = await setUp();
    createInvitation({ db, editionId: edition.id, libraryId: ids.c });
    const result = await inviteLibraries({ db, edition, actor, libraryIds: [ids.a, ids.c, ids.gone] });
    if (!result.ok) throw new Error(result.reason);
    expect(result.created.map((i) => i.name)).toEqual(['Bibliotheek A']);
    expect(result.skipped).toEqual([
      { libraryId: ids.c, name: 'Bibliotheek C', reason: 'invited' },
      { libraryId: ids.gone, name: 'Bibliotheek Weg', reason: 'inactive' },
    ]);
    expect(invitedNames(db, edition.id)).toEqual(['Bibliotheek A', 'Bibliotheek C']);
  });

  it('refuses a selection naming a library that does not exist, and invites nobody', async () => {
    const { db, edition, ids } = await setUp();
    expect(await inviteLibraries({ db, edition, actor, libraryIds: [ids.a, 999] })).toEqual({
      ok: false,
      reason: 'unknown-libraries',
      libraryIds: [999],
    });
    expect(invitedNames(db, edition.id)).toEqual([]);
  });

  it('records one audit entry naming the edition and the invited libraries, in the same transaction', async () => {
    const { db, edition, ids } = await setUp();
    await inviteLibraries({ db, edition, actor, libraryIds: [ids.a, ids.b] });
    const entries = db.select().from(auditLog).all();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'invitations.created',
      actorLabel: 'admin@test.nl',
      target: 'edition:2022-2023',
      details: { count: 2, libraryIds: [ids.a, ids.b], skipped: 0 },
    });
    // Nothing new to invite: no entry.
    await inviteLibraries({ db, edition, actor, libraryIds: [ids.a] });
    expect(db.select().from(auditLog).all()).toHaveLength(1);
  });

  it('refuses a closed edition and allows a concept one', async () => {
    const { db, ids } = await setUp();
    const closed = getEditionByCode({ db, code: '2021-2022' })!;
    expect(closed.status).toBe('closed');
    expect(await inviteLibraries({ db, edition: closed, actor })).toEqual({ ok: false, reason: 'closed' });
    expect(invitedNames(db, closed.id)).toEqual([]);

    db.update(editions).set({ status: 'draft' }).where(eq(editions.id, closed.id)).run();
    const draft = getEditionByCode({ db, code: '2021-2022' })!;
    const result = await inviteLibraries({ db, edition: draft, actor, libraryIds: [ids.a] });
    expect(result.ok && result.created.map((i) => i.name)).toEqual(['Bibliotheek A']);
    expect(db.select().from(invitations).where(eq(invitations.editionId, draft.id)).all()).toHaveLength(1);
  });

  it('refuses an edition whose closing moment has passed, though nobody closed it early', async () => {
    const { db, ids } = await setUp();
    const edition = getEditionByCode({ db, code: '2021-2022' })!;
    db.update(editions)
      .set({ status: 'open', closesAt: new Date(Date.now() - 60_000) })
      .where(eq(editions.id, edition.id))
      .run();
    const passed = getEditionByCode({ db, code: '2021-2022' })!;
    expect(await inviteLibraries({ db, edition: passed, actor, libraryIds: [ids.a] })).toEqual({ ok: false, reason: 'closed' });
    expect(invitedNames(db, passed.id)).toEqual([]);
  });
});
