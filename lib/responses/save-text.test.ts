import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { libraries } from '@/db/schema';
import { getEditionByCode } from '@/lib/editions/queries';
import { createInvitation } from '@/lib/invitations/create';
import { createTestDb } from '@/tests/support/db';
import { findInvitationByToken, getCurrentResponse } from './queries';
import { saveResponse } from './save';

let db: Db;
let token: string;

beforeEach(async () => {
  db = await createTestDb();
  const library = db.insert(libraries).values({ name: 'Bibliotheek Test', province: 'Utrecht', email: 't@t.nl' }).returning().get();
  token = createInvitation({ db, editionId: getEditionByCode({ db, code: '2022-2023' })!.id, libraryId: library.id }).token;
});

function save(answers: Record<string, unknown>) {
  const context = findInvitationByToken({ db, token })!;
  return saveResponse({ db, context, request: { answers, submit: false } });
}

function stored() {
  const context = findInvitationByToken({ db, token })!;
  return getCurrentResponse({ db, edition: context.edition, libraryId: context.library.id });
}

/** Any UTF-16 code units, lone surrogates included (as JSON's "\ud800" escapes can produce). */
const anyUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)), maxLength: 12 });

describe('saving free text', () => {
  it('refuses a lone surrogate and stores nothing', () => {
    const result = save({ VO_SAMENWERKING: 'NEE', TOELICHTING: 'a\ud800b' });
    expect(result).toEqual({
      ok: false,
      reason: 'invalid',
      errors: [{ question: 'TOELICHTING', message: 'Deze tekst bevat een ongeldig teken. Verwijder het teken of typ de tekst opnieuw.' }],
    });
    expect(stored()).toMatchObject({ status: 'not_started', version: 0, answers: {} });
  });

  it('acknowledges exactly what it stored, or nothing, whatever the text (and "Anders" text)', () => {
    fc.assert(
      fc.property(anyUnits, anyUnits, (text, other) => {
        const before = stored();
        const result = save({
          VO_SAMENWERKING: 'JA',
          KNELPUNTEN: ['ANDERS'],
          KNELPUNTEN__other: `Vervoer ${other}`,
          TOELICHTING: `Toelichting ${text}`,
        });
        if (result.ok) expect(stored()).toEqual(result.response);
        else expect(stored()).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });
});
