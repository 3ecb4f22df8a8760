import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { invitations } from '@/db/schema';
import { getEditionByCode } from '@/lib/editions/queries';
import { createTestDb } from '@/tests/support/db';
import { addTestLibrary } from '@/tests/support/libraries';
import { createInvitation } from './create';
import { markInvitationOpened } from './opened';

it('keeps the moment of the first visit; later visits change nothing', async () => {
  const db = await createTestDb();
  const edition = getEditionByCode({ db, code: '2022-2023' })!;
  const { invitationId } = createInvitation({ db, editionId: edition.id, libraryId: addTestLibrary(db, 'Bibliotheek Open') });
  const first = new Date('2026-11-02T09:00:00Z');
  await markInvitationOpened({ db, invitationId, now: first });
  await markInvitationOpened({ db, invitationId, now: new Date('2026-11-05T09:00:00Z') });
  expect(db.select({ at: invitations.firstOpenedAt }).from(invitations).where(eq(invitations.id, invitationId)).get()?.at).toEqual(first);
});
