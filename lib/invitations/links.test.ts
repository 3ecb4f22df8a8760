import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, invitations } from '@/db/schema';
import { CLI_ACTOR } from '@/lib/audit/record';
import { getEditionByCode } from '@/lib/editions/queries';
import { findInvitationByToken } from '@/lib/responses/queries';
import { createTestDb } from '@/tests/support/db';
import { addTestLibrary } from '@/tests/support/libraries';
import { createInvitation } from './create';
import { decryptToken } from './link-cipher';
import { deriveLinkKey } from './link-key';
import { replaceInvitationLink, showInvitationLink } from './links';
import { generateInvitationToken, hashInvitationToken } from './token';

const actor = { userId: undefined, label: 'coordinator@test.nl' };

async function setUp() {
  const db = await createTestDb();
  const edition = getEditionByCode({ db, code: '2022-2023' })!;
  const libraryId = addTestLibrary(db, 'Bibliotheek Oost');
  const invitation = createInvitation({ db, editionId: edition.id, libraryId });
  return { db, edition, libraryId, invitation };
}

/** Every text value in every table: what a stolen copy of the database holds. */
function everyStoredText(db: Awaited<ReturnType<typeof createTestDb>>): string[] {
  const tables = db.$client.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[];
  return tables.flatMap(({ name }) =>
    (db.$client.prepare(`select * from "${name}"`).all() as Record<string, unknown>[]).flatMap((row) =>
      Object.values(row).filter((v): v is string => typeof v === 'string'),
    ),
  );
}

describe('showing a link again', () => {
  it('shows the working link that was handed out, and records who asked', async () => {
    const { db, invitation } = await setUp();
    const shown = await showInvitationLink({ db, invitationId: invitation.invitationId, actor });
    expect(shown).toMatchObject({ ok: true, url: invitation.url, library: 'Bibliotheek Oost', edition: '2022-2023' });
    if (!shown.ok) throw new Error('not shown');
    expect(findInvitationByToken({ db, token: shown.url.split('/r/')[1] })?.library.name).toBe('Bibliotheek Oost');
    const entries = db.select().from(auditLog).where(eq(auditLog.action, 'invitation.link_shown')).all();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorLabel: 'coordinator@test.nl', target: `invitation:${invitation.invitationId}` });
    // The log names the library, never the token.
    expect(JSON.stringify(entries[0])).not.toContain(invitation.token);
  });

  it('keeps no value in the database that works as a link, or yields one without the key', async () => {
    const { db, invitation, edition, libraryId } = await setUp();
    const stored = everyStoredText(db);
    expect(stored.join('\n')).not.toContain(invitation.token);
    for (const value of stored) expect(findInvitationByToken({ db, token: value })).toBeUndefined();

    // The ciphertext opens only under the key, which lives outside the database.
    const row = db.select().from(invitations).where(eq(invitations.id, invitation.invitationId)).get()!;
    expect(row.tokenEncrypted).toBeTruthy();
    const otherKey = deriveLinkKey('a-guess-at-the-key-by-whoever-holds-the-copy');
    expect(decryptToken(row.tokenEncrypted!, { editionId: edition.id, libraryId }, otherKey)).toBeUndefined();
    expect(await showInvitationLink({ db, invitationId: invitation.invitationId, actor, key: otherKey })).toEqual({
      ok: false,
      reason: 'unreadable',
    });
  });

  it("does not show one library another library's link when a ciphertext is copied onto its row", async () => {
    const { db, edition, invitation } = await setUp();
    const other = createInvitation({ db, editionId: edition.id, libraryId: addTestLibrary(db, 'Bibliotheek West') });
    const stolen = db.select().from(invitations).where(eq(invitations.id, invitation.invitationId)).get()!.tokenEncrypted;
    db.update(invitations).set({ tokenEncrypted: stolen }).where(eq(invitations.id, other.invitationId)).run();
    expect(await showInvitationLink({ db, invitationId: other.invitationId, actor })).toEqual({ ok: false, reason: 'unreadable' });
  });

  it('says that a link made before links were kept cannot be shown; that link keeps working', async () => {
    const { db, edition } = await setUp();
    const libraryId = addTestLibrary(db, 'Bibliotheek Oud');
    const token = generateInvitationToken();
    const id = db
      .insert(invitations)
      .values({ editionId: edition.id, libraryId, tokenHash: hashInvitationToken(token) })
      .returning()
      .get().id;
    expect(await showInvitationLink({ db, invitationId: id, actor })).toEqual({ ok: false, reason: 'not-kept' });
    expect(findInvitationByToken({ db, token })?.library.name).toBe('Bibliotheek Oud');
    expect(db.select().from(auditLog).all()).toEqual([]);
  });

  it('refuses an unknown invitation', async () => {
    const { db } = await setUp();
    expect(await showInvitationLink({ db, invitationId: 999, actor })).toEqual({ ok: false, reason: 'unknown' });
  });
});

describe('replacing a link', () => {
  it('gives a new working link and stops the old one at once; the new one can be shown', async () => {
    const { db, invitation } = await setUp();
    const replaced = await replaceInvitationLink({ db, invitationId: invitation.invitationId, actor: CLI_ACTOR });
    if (!replaced.ok) throw new Error('not replaced');
    expect(replaced.url).not.toBe(invitation.url);
    expect(findInvitationByToken({ db, token: invitation.token })).toBeUndefined();
    expect(findInvitationByToken({ db, token: replaced.token })?.library.name).toBe('Bibliotheek Oost');
    expect(await showInvitationLink({ db, invitationId: invitation.invitationId, actor })).toMatchObject({ ok: true, url: replaced.url });
    const entry = db.select().from(auditLog).where(eq(auditLog.action, 'invitation.link_replaced')).get();
    expect(entry).toMatchObject({ actorLabel: 'cli', target: `invitation:${invitation.invitationId}` });
    expect(JSON.stringify(entry)).not.toContain(replaced.token);
  });

  it('makes a link that could not be shown showable', async () => {
    const { db, edition } = await setUp();
    const libraryId = addTestLibrary(db, 'Bibliotheek Oud');
    const id = db
      .insert(invitations)
      .values({ editionId: edition.id, libraryId, tokenHash: hashInvitationToken(generateInvitationToken()) })
      .returning()
      .get().id;
    const replaced = await replaceInvitationLink({ db, invitationId: id, actor });
    expect(replaced.ok).toBe(true);
    expect(await showInvitationLink({ db, invitationId: id, actor })).toMatchObject({ ok: true });
  });

  it('refuses an unknown invitation and changes nothing', async () => {
    const { db } = await setUp();
    expect(await replaceInvitationLink({ db, invitationId: 999, actor })).toEqual({ ok: false, reason: 'unknown' });
    expect(db.select().from(auditLog).all()).toEqual([]);
  });
});
