import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { libraries } from '@/db/schema';
import type { Edition } from '@/lib/editions/queries';
import type { DefinitionInput } from '@/lib/questionnaire/definition';
import type { Answers } from '@/lib/questionnaire/visibility';
import { listFreeTexts, listFreeTextsForCode } from './free-texts';
import { addEdition, addResponse, openTestDb } from '@/tests/support/results-db';

/**
 * Admins read the free texts ("Anders, namelijk" and text questions) per
 * question, with the library that wrote them: only sent answers, within the
 * results filter, never for a group the results withhold, a bounded page at a time.
 */

const definition: DefinitionInput = {
  edition: '2023-2024',
  title: 'Vrije teksten',
  pages: [
    {
      code: 'P1',
      title: 'Eén',
      questions: [
        {
          code: 'KNELPUNTEN',
          type: 'multiple',
          text: 'Welke knelpunten?',
          required: true,
          options: [
            { code: 'GELD', label: 'Geld' },
            { code: 'ANDERS', label: 'Anders, namelijk ...', other: true },
            { code: 'GEEN', label: 'Geen', exclusive: true },
          ],
        },
        {
          code: 'SOORT',
          type: 'single',
          text: 'Welke soort?',
          required: false,
          options: [
            { code: 'A', label: 'A' },
            { code: 'B', label: 'B' },
          ],
        },
        { code: 'AANTAL', type: 'number', text: 'Hoeveel?', required: false, max: 100 },
        { code: 'TOELICHTING', type: 'text', text: 'Wil je iets toelichten?', required: false, maxLength: 2000 },
      ],
    },
  ],
};

let db: Db;
let edition: Edition;
beforeEach(async () => {
  db = await openTestDb();
  edition = addEdition(db, definition);
});

let counter = 0;
function library(name: string, province = 'Utrecht'): number {
  counter += 1;
  return db
    .insert(libraries)
    .values({ name, province, email: `b${counter}@example.org` })
    .returning({ id: libraries.id })
    .get().id;
}

function send(name: string, answers: Answers, { province = 'Utrecht', status = 'submitted' as 'submitted' | 'draft' } = {}) {
  addResponse(db, { editionId: edition.id, libraryId: library(name, province), status, answers });
}

const other = (text: string): Answers => ({ KNELPUNTEN: ['GELD', 'ANDERS'], KNELPUNTEN__other: text });

/** Five libraries in Utrecht, so the group may show figures; two with an "Anders" text, one with a toelichting. */
function fiveInUtrecht() {
  send('Bibliotheek Zuid', { ...other('Vervoer naar school'), TOELICHTING: 'Wij stoppen volgend jaar.' });
  send('bibliotheek Amersfoort', other('Roosters'));
  send('Bibliotheek Midden', { KNELPUNTEN: ['GELD'] });
  send('Bibliotheek Noord', { KNELPUNTEN: ['GEEN'], TOELICHTING: '' });
  send('Bibliotheek Oost', { KNELPUNTEN: ['GELD'], AANTAL: 3 });
}

describe('free texts', () => {
  it('lists the "Anders" texts of sent responses with their library, by library name, and not those of drafts', async () => {
    fiveInUtrecht();
    send('Bibliotheek Concept', other('Nog niet verstuurd'), { status: 'draft' });
    const list = (await listFreeTexts({ db, edition, questionCode: 'KNELPUNTEN' }))!;
    expect(list).toMatchObject({
      question: { code: 'KNELPUNTEN', text: 'Welke knelpunten?' },
      option: { code: 'ANDERS', label: 'Anders, namelijk ...' },
      suppressed: null,
      total: 2,
    });
    // Case does not decide the order: "bibliotheek Amersfoort" comes first.
    expect(list.texts).toEqual([
      { library: 'bibliotheek Amersfoort', text: 'Roosters' },
      { library: 'Bibliotheek Zuid', text: 'Vervoer naar school' },
    ]);
  });

  it("lists a text question's answers, leaving out empty ones", async () => {
    fiveInUtrecht();
    const list = (await listFreeTexts({ db, edition, questionCode: 'TOELICHTING' }))!;
    expect(list).toMatchObject({ option: null, total: 1, texts: [{ library: 'Bibliotheek Zuid', text: 'Wij stoppen volgend jaar.' }] });
  });

  it('has nothing for questions without free text, or that do not exist', async () => {
    fiveInUtrecht();
    expect(await listFreeTexts({ db, edition, questionCode: 'AANTAL' })).toBeUndefined();
    expect(await listFreeTexts({ db, edition, questionCode: 'SOORT' })).toBeUndefined();
    expect(await listFreeTexts({ db, edition, questionCode: 'BESTAAT_NIET' })).toBeUndefined();
    expect(await listFreeTextsForCode({ db, code: '1999-2000', questionCode: 'KNELPUNTEN' })).toBeUndefined();
  });

  it("keeps to the results filter: another province's texts are not in the list", async () => {
    fiveInUtrecht();
    for (const name of ['Drenthe 1', 'Drenthe 2', 'Drenthe 3', 'Drenthe 4'])
      send(`Bibliotheek ${name}`, { KNELPUNTEN: ['GELD'] }, { province: 'Drenthe' });
    send('Bibliotheek Drenthe 5', other('Alleen in Drenthe'), { province: 'Drenthe' });

    expect((await listFreeTexts({ db, edition, questionCode: 'KNELPUNTEN' }))!.total).toBe(3);
    const utrecht = (await listFreeTexts({ db, edition, questionCode: 'KNELPUNTEN', filters: { province: ['Utrecht'] } }))!;
    expect(utrecht.texts.map((t) => t.text)).toEqual(['Roosters', 'Vervoer naar school']);
    const drenthe = (await listFreeTextsForCode({
      db,
      code: '2023-2024',
      questionCode: 'KNELPUNTEN',
      filters: { province: ['Drenthe'] },
    }))!;
    expect(drenthe).toMatchObject({ suppressed: null, total: 1, texts: [{ library: 'Bibliotheek Drenthe 5', text: 'Alleen in Drenthe' }] });
  });

  it('shows no texts for a group the results withhold: too few responses, or hidden to protect a smaller group', async () => {
    send('Bibliotheek Klein', other('Eén bibliotheek, herkenbaar'), { province: 'Zeeland' });
    expect(await listFreeTexts({ db, edition, questionCode: 'KNELPUNTEN' })).toMatchObject({ suppressed: 'tooFew', total: 0, texts: [] });
    expect(await listFreeTexts({ db, edition, questionCode: 'KNELPUNTEN', filters: { province: ['Zeeland'] } })).toMatchObject({
      suppressed: 'tooFew',
      total: 0,
      texts: [],
    });

    fiveInUtrecht();
    // The whole edition (6) shows; Utrecht (5) is hidden with Zeeland (1), whose text would otherwise be the difference.
    expect(await listFreeTexts({ db, edition, questionCode: 'KNELPUNTEN' })).toMatchObject({ suppressed: null, total: 3 });
    expect(await listFreeTexts({ db, edition, questionCode: 'KNELPUNTEN', filters: { province: ['Utrecht'] } })).toMatchObject({
      suppressed: 'protectsSmallerGroup',
      total: 0,
      texts: [],
    });
  });

  it('gives a bounded page of them at a time, with the total', async () => {
    for (let i = 1; i <= 12; i++) send(`Bibliotheek ${String(i).padStart(2, '0')}`, other(`Tekst ${i}`));
    const first = (await listFreeTexts({ db, edition, questionCode: 'KNELPUNTEN', limit: 5 }))!;
    expect(first.total).toBe(12);
    expect(first.texts.map((t) => t.text)).toEqual(['Tekst 1', 'Tekst 2', 'Tekst 3', 'Tekst 4', 'Tekst 5']);
    const last = (await listFreeTexts({ db, edition, questionCode: 'KNELPUNTEN', limit: 5, offset: 10 }))!;
    expect(last).toMatchObject({ offset: 10, total: 12 });
    expect(last.texts.map((t) => t.text)).toEqual(['Tekst 11', 'Tekst 12']);
    // A request for more than the bound gets the bound.
    expect((await listFreeTexts({ db, edition, questionCode: 'KNELPUNTEN', limit: 1_000_000 }))!.limit).toBe(200);
  });
});
