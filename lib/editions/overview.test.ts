import { describe, expect, it } from 'vitest';
import { libraries, responses } from '@/db/schema';
import { CLI_ACTOR } from '@/lib/audit/record';
import { createInvitation } from '@/lib/invitations/create';
import { createTestDb } from '@/tests/support/db';
import { createEditionFrom } from './create-from';
import { getEditionByCode } from './queries';
import { editionDocument, listEditionSummaries } from './overview';

describe('the editions overview', () => {
  it('lists every edition, newest first, with its phase, moments, invited libraries and responses', async () => {
    const db = await createTestDb();
    await createEditionFrom({ db, code: '2023-2024', from: '2022-2023', actor: CLI_ACTOR });
    const open = getEditionByCode({ db, code: '2022-2023' })!;
    const libs = [1, 2, 3].map((i) =>
      db
        .insert(libraries)
        .values({ name: `Bibliotheek ${i}`, province: 'Utrecht', email: `b${i}@t.nl` })
        .returning()
        .get(),
    );
    for (const library of libs) createInvitation({ db, editionId: open.id, libraryId: library.id });
    db.insert(responses).values({ editionId: open.id, libraryId: libs[0].id, status: 'submitted', updatedAt: new Date() }).run();
    db.insert(responses).values({ editionId: open.id, libraryId: libs[1].id, status: 'draft', updatedAt: new Date() }).run();

    const list = (await listEditionSummaries({ db })).map(editionDocument);
    expect(list.map((e) => [e.code, e.status, e.previousEdition, e.invited, e.responses])).toEqual([
      ['2023-2024', 'draft', '2022-2023', 0, { submitted: 0, inProgress: 0 }],
      ['2022-2023', 'open', '2021-2022', 3, { submitted: 1, inProgress: 1 }],
      ['2021-2022', 'closed', null, 0, { submitted: 0, inProgress: 0 }],
    ]);
    expect(list[0]).toMatchObject({ opensAt: null, closesAt: null });
    expect(list[1].closesAt).toBe(open.closesAt!.toISOString());
  });
});
