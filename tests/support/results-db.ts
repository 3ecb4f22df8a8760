import type { Db } from '@/db/client';
import { answers, editions, libraries, responses } from '@/db/schema';
import { parseDefinition, type DefinitionInput } from '@/lib/questionnaire/definition';
import type { Answers } from '@/lib/questionnaire/visibility';
import { answersToRows } from '@/lib/responses/answer-rows';
import { getEditionById } from '@/lib/editions/queries';
import type { SizeClass } from '@/lib/libraries/fields';
import { filteredDefinition } from './definitions';

/** Helpers for results tests: an empty in-memory database (tests/support/db.ts) filled directly, so each case is hand-countable. */
export { openTestDb } from '@/tests/support/db';

export function addEdition(db: Db, definition: DefinitionInput, previousEditionId: number | null = null) {
  const parsed = parseDefinition(definition);
  const row = db
    .insert(editions)
    .values({ code: parsed.edition, title: parsed.title, status: 'open', previousEditionId, definition: parsed })
    .returning()
    .get();
  return getEditionById({ db, id: row.id })!;
}

let libraryCounter = 0;
export function addLibrary(db: Db, province = 'Utrecht', sizeClass: SizeClass | null = null): number {
  libraryCounter += 1;
  return db
    .insert(libraries)
    .values({ name: `Bibliotheek ${libraryCounter}`, province, sizeClass, email: `b${libraryCounter}@example.org` })
    .returning({ id: libraries.id })
    .get().id;
}

/** Stores a response as the save path would (long-form rows), without the API's checks. */
export function addResponse(
  db: Db,
  {
    editionId,
    answers: values,
    status = 'submitted',
    province = 'Utrecht',
    sizeClass = null,
    libraryId,
  }: {
    editionId: number;
    answers: Answers;
    status?: 'draft' | 'submitted';
    province?: string;
    sizeClass?: SizeClass | null;
    libraryId?: number;
  },
): void {
  const edition = getEditionById({ db, id: editionId })!;
  const library = libraryId ?? addLibrary(db, province, sizeClass);
  const now = new Date();
  const responseId = db
    .insert(responses)
    .values({ editionId, libraryId: library, status, updatedAt: now, submittedAt: status === 'submitted' ? now : null })
    .returning({ id: responses.id })
    .get().id;
  const rows = answersToRows(edition.definition, values);
  if (rows.length > 0)
    db.insert(answers)
      .values(rows.map((r) => ({ ...r, responseId, editionId, responseStatus: status })))
      .run();
}

/** A small questionnaire with every kind of result: a filter, a top-three with an exclusive option, a follow-up, numbers. */
export function testDefinition(edition: string, { withOptionC = true } = {}): DefinitionInput {
  return filteredDefinition(edition, `Test ${edition}`, [
    {
      code: 'MULTI',
      type: 'multiple',
      text: 'Welke knelpunten?',
      required: true,
      maxChoices: 3,
      condition: { question: 'FILTER', anyOf: ['JA'] },
      resultBase: 'bibliotheken die samenwerken',
      resultAtLeastOne: { label: 'Ervaart knelpunten', sentence: '{percent}% ervaart knelpunten' },
      options: [
        { code: 'A', label: 'Alfa' },
        { code: 'B', label: 'Bravo' },
        ...(withOptionC ? [{ code: 'C', label: 'Charlie' }] : [{ code: 'OLD', label: 'Oud' }]),
        { code: 'NONE', label: 'Geen', exclusive: true },
      ],
    },
    {
      code: 'FOLLOW',
      type: 'single',
      text: 'Vervolg op Bravo?',
      required: true,
      condition: { question: 'MULTI', anyOf: ['B'] },
      resultBase: 'bibliotheken die Bravo kozen',
      options: [
        { code: 'JA', label: 'Ja' },
        { code: 'NEE', label: 'Nee' },
      ],
    },
    { code: 'TOTAL', type: 'number', text: 'Hoeveel in totaal?', required: false, max: 1000, unit: 'scholen' },
    { code: 'PART', type: 'number', text: 'Hoeveel daarvan?', required: false, max: 1000, unit: 'scholen', atMost: 'TOTAL' },
  ]);
}
