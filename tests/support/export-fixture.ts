import type { Db } from '@/db/client';
import type { DefinitionInput } from '@/lib/questionnaire/definition';
import { filteredDefinition } from '@/tests/support/definitions';
import { addEdition, addResponse, openTestDb } from '@/tests/support/results-db';

/** A questionnaire with every state an export must keep apart: routing, "Anders", an exclusive option, a number, a text. */
function exportDefinition(edition = '2030-2031'): DefinitionInput {
  return filteredDefinition(edition, `Export ${edition}`, [
    {
      code: 'MULTI',
      type: 'multiple',
      text: 'Welke knelpunten?',
      required: false,
      condition: { question: 'FILTER', anyOf: ['JA'] },
      resultBase: 'bibliotheken die samenwerken',
      options: [
        { code: 'A', label: 'Alfa' },
        { code: 'B', label: 'Bravo' },
        { code: 'OTHER', label: 'Anders, namelijk', other: true },
        { code: 'NONE', label: 'Geen', exclusive: true },
      ],
    },
    { code: 'AANTAL', type: 'number', text: 'Hoeveel scholen?', required: false, max: 1000, integer: false, unit: 'scholen' },
    { code: 'OPMERKING', type: 'text', text: 'Opmerkingen?', required: false, maxLength: 500 },
  ]);
}

export const OTHER_TEXT = 'Lees, "voor"\nen café';

/** Five submitted responses and a draft, in the states the tests name. */
export async function exportFixture(): Promise<{ db: Db; editionCode: string }> {
  const db = await openTestDb();
  const edition = addEdition(db, exportDefinition());
  const add = (answers: Record<string, unknown>, extra: { status?: 'draft' | 'submitted'; province?: string } = {}) =>
    addResponse(db, { editionId: edition.id, answers: answers as never, ...extra });
  add({ FILTER: 'JA', MULTI: ['A', 'OTHER'], MULTI__other: OTHER_TEXT, AANTAL: 12.5, OPMERKING: '=SUM(A1)' });
  add({ FILTER: 'NEE', AANTAL: 3 });
  add({ FILTER: 'JA', MULTI: ['NONE'], OPMERKING: 'Prima' });
  add({ FILTER: 'JA' }, { status: 'draft' });
  add({ FILTER: 'JA', MULTI: ['B'] }, { province: 'Drenthe' });
  // Shown by the routing but left open: -9, apart from the -1 of the second response.
  add({ FILTER: 'JA', AANTAL: 7 });
  return { db, editionCode: edition.code };
}
