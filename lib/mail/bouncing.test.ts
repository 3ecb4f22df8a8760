import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '@/db/schema';
import { getEditionByCode } from '@/lib/editions/queries';
import { createInvitation } from '@/lib/invitations/create';
import { updateLibrary } from '@/lib/libraries/register';
import { createTestDb } from '@/tests/support/db';
import { addTestLibrary } from '@/tests/support/libraries';
import { markAddressBouncing } from './bouncing';
import { previewMailing } from './mailings';

const actor = { label: 'coordinator@test.nl' };

describe('a bouncing address', () => {
  it('gets no mail once a coordinator marks it, until the address is changed', async () => {
    const db = await createTestDb();
    const edition = getEditionByCode({ db, code: '2022-2023' })!;
    const libraryId = addTestLibrary(db, 'Bibliotheek Stuiter');
    createInvitation({ db, editionId: edition.id, libraryId });
    const recipients = async () => await previewMailing({ db, edition, rule: { kind: 'invitation' } });

    expect(await markAddressBouncing({ db, libraryId, actor })).toEqual({ ok: true, name: 'Bibliotheek Stuiter' });
    expect(await recipients()).toEqual({ recipients: [], excluded: { bouncing: 1 } });
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'library.email_bouncing')).all()).toMatchObject([
      { actorLabel: 'coordinator@test.nl', target: `library:${libraryId}` },
    ]);

    // Another field changed: still bouncing. A new address: mail goes again.
    await updateLibrary({
      db,
      id: libraryId,
      actor,
      input: { name: 'Bibliotheek Stuiter', province: 'Drenthe', email: 'bibliotheek-stuiter@example.org', sizeClass: null },
    });
    expect((await recipients()).recipients).toEqual([]);
    await updateLibrary({
      db,
      id: libraryId,
      actor,
      input: { name: 'Bibliotheek Stuiter', province: 'Drenthe', email: 'nieuw@stuiter.nl', sizeClass: null },
    });
    expect((await recipients()).recipients.map((r) => r.email)).toEqual(['nieuw@stuiter.nl']);
  });
});
