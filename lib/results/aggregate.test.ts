import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import type { Edition } from '@/lib/editions/queries';
import { computeEditionResults, computeResultsForCode, findQuestionResult, type EditionResults } from './aggregate';
import { addEdition, addResponse, openTestDb, testDefinition } from '@/tests/support/results-db';

function question(results: EditionResults, code: string) {
  const q = findQuestionResult(results, code);
  if (!q) throw new Error(`no result for ${code}`);
  return q;
}
function option(results: EditionResults, questionCode: string, optionCode: string) {
  return question(results, questionCode).options.find((o) => o.code === optionCode)!;
}

// The hand-countable cases below have fewer than 5 responses, where the page
// and API show nothing (small-groups.test.ts); `minimumGroupSize: 0` checks
// the arithmetic itself.
describe('results aggregation', () => {
  let db: Db;
  let edition: Edition;
  beforeEach(async () => {
    db = await openTestDb();
    edition = addEdition(db, testDefinition('2023-2024'));
  });

  it('rounds 29 of 200 (14.5%) up to 15%', async () => {
    for (let i = 0; i < 200; i++) addResponse(db, { editionId: edition.id, answers: { FILTER: i < 29 ? 'NEE' : 'JA', MULTI: ['A'] } });
    // JA-respondents answer MULTI; NEE-respondents' MULTI would be hidden, so give them none.
    const results = await computeEditionResults({ db, edition });
    expect(question(results, 'FILTER').base.n).toBe(200);
    expect(option(results, 'FILTER', 'NEE')).toMatchObject({ count: 29, percent: 15 });
    expect(option(results, 'FILTER', 'JA')).toMatchObject({ count: 171, percent: 86 });
  });

  it('counts respondents (not answer rows) in the base of a multiple choice, and the at-least-one share', async () => {
    addResponse(db, { editionId: edition.id, answers: { FILTER: 'JA', MULTI: ['A', 'B'], FOLLOW: 'JA' } });
    addResponse(db, { editionId: edition.id, answers: { FILTER: 'JA', MULTI: ['NONE'] } });
    addResponse(db, { editionId: edition.id, answers: { FILTER: 'JA', MULTI: ['A'] } });
    addResponse(db, { editionId: edition.id, answers: { FILTER: 'JA', MULTI: ['C', 'A', 'B'], FOLLOW: 'NEE' } });
    const results = await computeEditionResults({ db, edition, minimumGroupSize: 0 });
    const multi = question(results, 'MULTI');
    expect(multi.base).toEqual({ label: 'Selectie: bibliotheken die samenwerken', n: 4 });
    expect(multi.multipleAnswers).toBe(true);
    expect(option(results, 'MULTI', 'A')).toMatchObject({ count: 3, percent: 75 });
    expect(option(results, 'MULTI', 'NONE')).toMatchObject({ count: 1, percent: 25, exclusive: true });
    expect(multi.atLeastOne).toMatchObject({ count: 3, percent: 75, label: 'Ervaart knelpunten', sentence: '75% ervaart knelpunten' });
    expect(multi.sentence).toContain('75%');
  });

  it('bases a question behind a condition on those it was shown to and who answered it', async () => {
    addResponse(db, { editionId: edition.id, answers: { FILTER: 'NEE' } });
    addResponse(db, { editionId: edition.id, answers: { FILTER: 'NEE' } });
    addResponse(db, { editionId: edition.id, answers: { FILTER: 'JA', MULTI: ['B'], FOLLOW: 'JA' } });
    addResponse(db, { editionId: edition.id, answers: { FILTER: 'JA', MULTI: ['B', 'C'], FOLLOW: 'NEE' } });
    addResponse(db, { editionId: edition.id, answers: { FILTER: 'JA', MULTI: ['B'], FOLLOW: 'NEE' } });
    addResponse(db, { editionId: edition.id, answers: { FILTER: 'JA', MULTI: ['A'] } });
    const results = await computeEditionResults({ db, edition, minimumGroupSize: 0 });
    expect(question(results, 'FILTER').base).toEqual({ label: 'Alle bibliotheken die de vragenlijst hebben verstuurd', n: 6 });
    expect(question(results, 'MULTI').base.n).toBe(4);
    expect(question(results, 'FOLLOW').base).toEqual({ label: 'Selectie: bibliotheken die Bravo kozen', n: 3 });
    expect(option(results, 'FOLLOW', 'JA')).toMatchObject({ count: 1, percent: 33 });
    expect(option(results, 'FOLLOW', 'NEE')).toMatchObject({ count: 2, percent: 67 });
  });

  it('leaves drafts out of every figure and counts them apart as in progress', async () => {
    addResponse(db, { editionId: edition.id, answers: { FILTER: 'JA', MULTI: ['A'] } });
    addResponse(db, { editionId: edition.id, answers: { FILTER: 'JA', MULTI: ['B'], FOLLOW: 'JA' }, status: 'draft' });
    addResponse(db, { editionId: edition.id, answers: {}, status: 'draft' });
    const results = await computeEditionResults({ db, edition, minimumGroupSize: 0 });
    expect(results.submitted).toBe(1);
    expect(results.inProgress).toBe(2);
    expect(question(results, 'MULTI').base.n).toBe(1);
    expect(option(results, 'MULTI', 'B').count).toBe(0);
    expect(question(results, 'FOLLOW').base.n).toBe(0);
  });

  it("puts the previous edition's percentage beside options whose code it had, with the change", async () => {
    const previous = addEdition(db, testDefinition('2022-2023', { withOptionC: false }));
    const current = addEdition(db, { ...testDefinition('2024-2025'), previousEdition: '2022-2023' }, previous.id);
    // previous: A 1 of 4 (25%), OLD 2 of 4; current: A 3 of 4 (75%), C 1 of 4
    addResponse(db, { editionId: previous.id, answers: { FILTER: 'JA', MULTI: ['A', 'OLD'] } });
    addResponse(db, { editionId: previous.id, answers: { FILTER: 'JA', MULTI: ['OLD'] } });
    addResponse(db, { editionId: previous.id, answers: { FILTER: 'JA', MULTI: ['NONE'] } });
    addResponse(db, { editionId: previous.id, answers: { FILTER: 'JA', MULTI: ['NONE'] } });
    addResponse(db, { editionId: current.id, answers: { FILTER: 'JA', MULTI: ['A', 'C'] } });
    addResponse(db, { editionId: current.id, answers: { FILTER: 'JA', MULTI: ['A'] } });
    addResponse(db, { editionId: current.id, answers: { FILTER: 'JA', MULTI: ['A'] } });
    addResponse(db, { editionId: current.id, answers: { FILTER: 'JA', MULTI: ['NONE'] } });
    const results = await computeEditionResults({ db, edition: current, minimumGroupSize: 0 });
    expect(results.previousEdition?.code).toBe('2022-2023');
    expect(option(results, 'MULTI', 'A')).toMatchObject({ percent: 75, previousPercent: 25, change: 50 });
    expect(option(results, 'MULTI', 'C')).toMatchObject({ percent: 25, previousPercent: null, change: null });
    expect(option(results, 'MULTI', 'NONE')).toMatchObject({ percent: 25, previousPercent: 50, change: -25 });
    expect(question(results, 'MULTI').atLeastOne).toMatchObject({ percent: 75, previousPercent: 50 });
    // A follow-up nobody reached last year: a base of 0 gives no previous percentage, not a division by zero.
    expect(question(results, 'FOLLOW').options.every((o) => o.previousPercent === null)).toBe(true);
  });

  it('recomputes bases and percentages for a library filter, and an empty selection says so without dividing', async () => {
    addResponse(db, { editionId: edition.id, province: 'Utrecht', answers: { FILTER: 'JA', MULTI: ['A'] } });
    addResponse(db, { editionId: edition.id, province: 'Utrecht', answers: { FILTER: 'NEE' } });
    addResponse(db, { editionId: edition.id, province: 'Drenthe', answers: { FILTER: 'JA', MULTI: ['B'], FOLLOW: 'JA' } });
    addResponse(db, { editionId: edition.id, province: 'Drenthe', answers: {}, status: 'draft' });

    const utrecht = await computeEditionResults({ db, edition, filters: { province: ['Utrecht'] }, minimumGroupSize: 0 });
    expect(utrecht.submitted).toBe(2);
    expect(utrecht.inProgress).toBe(0);
    expect(option(utrecht, 'FILTER', 'JA')).toMatchObject({ count: 1, percent: 50 });
    expect(question(utrecht, 'MULTI').base.n).toBe(1);
    expect(option(utrecht, 'MULTI', 'A').percent).toBe(100);

    const zeeland = await computeEditionResults({ db, edition, filters: { province: ['Zeeland'] }, minimumGroupSize: 0 });
    expect(zeeland.submitted).toBe(0);
    for (const q of zeeland.questions) {
      expect(q.base.n).toBe(0);
      expect(q.options.every((o) => o.count === 0 && o.percent === null)).toBe(true);
      expect(q.sentence).toBeNull();
    }
    expect(question(zeeland, 'MULTI').atLeastOne).toMatchObject({ count: 0, percent: null, sentence: null });
    expect(question(zeeland, 'TOTAL').numbers).toMatchObject({ answered: 0, mean: null, median: null });
    expect(question(zeeland, 'PART').ratio?.percent).toBeNull();
  });

  it('summarises number questions and the ratio of two related sums', async () => {
    const numbers = [
      [10, 5],
      [20, 10],
      [7, 0],
      [1, 1],
    ];
    for (const [total, part] of numbers)
      addResponse(db, { editionId: edition.id, answers: { FILTER: 'JA', MULTI: ['A'], TOTAL: total, PART: part } });
    addResponse(db, { editionId: edition.id, answers: { FILTER: 'JA', MULTI: ['A'], TOTAL: 3 } });
    const results = await computeEditionResults({ db, edition });
    // TOTAL: 1, 3, 7, 10, 20 -> odd count, median 7; sum 41, mean 8.2
    expect(question(results, 'TOTAL').numbers).toEqual({ answered: 5, sum: 41, mean: 8.2, median: 7, unit: 'scholen' });
    expect(question(results, 'TOTAL').base.n).toBe(5);
    // PART: 0, 1, 5, 10 -> even count, median (1 + 5) / 2 = 3; sum 16, mean 4
    expect(question(results, 'PART').numbers).toEqual({ answered: 4, sum: 16, mean: 4, median: 3, unit: 'scholen' });
    // 16 of 41 = 39.02% -> 39
    expect(question(results, 'PART').ratio).toMatchObject({ part: 16, whole: 41, percent: 39, wholeQuestion: 'TOTAL' });
  });
});

describe('results cache', () => {
  it('serves a repeated request from memory and recomputes after any write', async () => {
    const db = await openTestDb();
    const edition = addEdition(db, testDefinition('2023-2024'));
    addResponse(db, { editionId: edition.id, answers: { FILTER: 'JA', MULTI: ['A'] } });
    const first = (await computeResultsForCode({ db, code: '2023-2024' }))!;
    expect(await computeResultsForCode({ db, code: '2023-2024' })).toBe(first);
    expect((await computeResultsForCode({ db, code: '2023-2024', filters: { province: ['Zeeland'] } }))!.submitted).toBe(0);
    addResponse(db, { editionId: edition.id, answers: { FILTER: 'NEE' } });
    const second = (await computeResultsForCode({ db, code: '2023-2024' }))!;
    expect(second).not.toBe(first);
    expect(second.submitted).toBe(2);
  });
});
