import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import type { Edition } from '@/lib/editions/queries';
import type { Answers } from '@/lib/questionnaire/visibility';
import { computeEditionResults, computeResultsForCode, findQuestionResult } from './aggregate';
import { resultsDocument } from './api';
import { addEdition, addResponse, openTestDb, testDefinition } from '@/tests/support/results-db';

/**
 * Results must not reveal one library: a group (a province, or the whole
 * edition) with fewer than 5 submitted responses shows no figures at all, and
 * no other group's figures may let it be worked out by subtraction.
 */

const answers: Answers = { FILTER: 'JA', MULTI: ['A', 'B'], FOLLOW: 'JA', TOTAL: 12, PART: 3 };

let db: Db;
let edition: Edition;
beforeEach(async () => {
  db = await openTestDb();
  edition = addEdition(db, testDefinition('2023-2024'));
});

function submit(editionId: number, province: string, count: number, values: Answers = answers) {
  for (let i = 0; i < count; i++) addResponse(db, { editionId, province, answers: values });
}

async function documentFor(filters: Record<string, string[]> = {}, on: Edition = edition) {
  return resultsDocument(await computeEditionResults({ db, edition: on, filters }));
}

/** Every figure the API could carry about answers; none may appear for a withheld group. */
function expectNoFigures(document: Awaited<ReturnType<typeof documentFor>>) {
  expect(document.suppressed).toBe(true);
  expect(document.minimumGroupSize).toBe(5);
  expect(document.questions).toEqual([]);
  expect(JSON.stringify(document)).not.toMatch(/"(count|percent|previousPercent|base|numbers|mean|median|sum|ratio|sentences)"/);
}

describe('the minimum group size', () => {
  it('shows nothing for a province of exactly 4 submitted responses, and its figures at 5', async () => {
    submit(edition.id, 'Utrecht', 4);
    submit(edition.id, 'Drenthe', 10);
    submit(edition.id, 'Zeeland', 12);
    const four = await documentFor({ province: ['Utrecht'] });
    expectNoFigures(four);
    expect(four).toMatchObject({ submitted: 4, suppressionReason: 'tooFew' });

    submit(edition.id, 'Utrecht', 1);
    const five = await documentFor({ province: ['Utrecht'] });
    expect(five).toMatchObject({ submitted: 5, suppressed: false, minimumGroupSize: 5 });
    const multi = five.questions.find((q) => q.code === 'MULTI')!;
    expect(multi.base.n).toBe(5);
    expect(multi.options.find((o) => o.code === 'A')).toMatchObject({ count: 5, percent: 100 });
    expect(five.questions.find((q) => q.code === 'TOTAL')!.numbers).toMatchObject({ answered: 5, mean: 12 });
  });

  it('counts only submitted responses towards the 5: drafts never make a group big enough', async () => {
    submit(edition.id, 'Utrecht', 4);
    for (let i = 0; i < 3; i++) addResponse(db, { editionId: edition.id, province: 'Utrecht', status: 'draft', answers });
    submit(edition.id, 'Drenthe', 10);
    const document = await documentFor({ province: ['Utrecht'] });
    expectNoFigures(document);
    expect(document).toMatchObject({ submitted: 4, inProgress: 3 });
  });

  it('shows nothing for a province nobody in has submitted, or that does not exist', async () => {
    submit(edition.id, 'Drenthe', 10);
    expectNoFigures(await documentFor({ province: ['Zeeland'] }));
    expectNoFigures(await documentFor({ province: ['Atlantis'] }));
  });

  it('applies to the whole edition too: 4 submitted responses show nothing, 5 show the figures', async () => {
    submit(edition.id, 'Utrecht', 2);
    submit(edition.id, 'Drenthe', 2);
    expectNoFigures(await documentFor());
    submit(edition.id, 'Zeeland', 1);
    const whole = await documentFor();
    expect(whole.suppressed).toBe(false);
    expect(whole.questions.find((q) => q.code === 'FILTER')!.base.n).toBe(5);
  });

  it('also hides the next smallest province, so that the whole minus the shown provinces is never a group below 5', async () => {
    submit(edition.id, 'Groningen', 1, { FILTER: 'NEE', TOTAL: 999 });
    submit(edition.id, 'Utrecht', 7);
    submit(edition.id, 'Drenthe', 6);
    submit(edition.id, 'Zeeland', 6);
    // Groningen's one library would be the whole (20) minus Utrecht, Drenthe and Zeeland.
    expect(await documentFor({ province: ['Groningen'] })).toMatchObject({ suppressed: true, suppressionReason: 'tooFew' });
    // Of the two smallest shown groups (6 each) the first by name goes with it: 1 + 6 hidden together.
    const drenthe = await documentFor({ province: ['Drenthe'] });
    expectNoFigures(drenthe);
    expect(drenthe).toMatchObject({ submitted: 6, suppressionReason: 'protectsSmallerGroup' });
    expect((await documentFor({ province: ['Zeeland'] })).suppressed).toBe(false);
    expect((await documentFor({ province: ['Utrecht'] })).suppressed).toBe(false);
    expect((await documentFor()).suppressed).toBe(false);

    // Once Groningen has 5, nobody needs protecting.
    submit(edition.id, 'Groningen', 4);
    expect((await documentFor({ province: ['Groningen'] })).suppressed).toBe(false);
    expect((await documentFor({ province: ['Drenthe'] })).suppressed).toBe(false);
  });

  it("leaves out the previous edition's figures when its group is below 5, while the current group's show", async () => {
    const previous = addEdition(db, testDefinition('2022-2023'));
    const current = addEdition(db, { ...testDefinition('2024-2025'), previousEdition: '2022-2023' }, previous.id);
    submit(previous.id, 'Utrecht', 4, { FILTER: 'NEE' });
    submit(previous.id, 'Drenthe', 10);
    submit(current.id, 'Utrecht', 6);
    submit(current.id, 'Drenthe', 10);

    const utrecht = await documentFor({ province: ['Utrecht'] }, current);
    expect(utrecht).toMatchObject({ suppressed: false, previousSuppressed: true });
    for (const question of utrecht.questions) {
      for (const option of question.options) expect(option).toMatchObject({ previousPercent: null, change: null });
      if (question.atLeastOne) expect(question.atLeastOne.previousPercent).toBeNull();
    }
    // Drenthe last year was hidden with it (4 alone would be the whole minus Drenthe).
    expect(await documentFor({ province: ['Drenthe'] }, current)).toMatchObject({ suppressed: false, previousSuppressed: true });
    // The whole previous edition (14) is shown beside the whole current one.
    const whole = await documentFor({}, current);
    expect(whole.previousSuppressed).toBe(false);
    expect(whole.questions.find((q) => q.code === 'FILTER')!.options.find((o) => o.code === 'NEE')!.previousPercent).toBe(29);
  });

  it('serves the page and chart (computeResultsForCode) the same decision', async () => {
    submit(edition.id, 'Utrecht', 4);
    submit(edition.id, 'Drenthe', 10);
    const results = (await computeResultsForCode({ db, code: '2023-2024', filters: { province: ['Utrecht'] } }))!;
    expect(results.suppressed).toBe('tooFew');
    expect(findQuestionResult(results, 'MULTI')).toBeUndefined();
  });
});

describe('the minimum group size within size classes', () => {
  function submitClass(sizeClass: 'small' | 'medium' | 'large' | null, count: number, province = 'Utrecht') {
    for (let i = 0; i < count; i++) addResponse(db, { editionId: edition.id, province, sizeClass, answers });
  }

  it('narrows every base to the size class asked for', async () => {
    submitClass('small', 6);
    submitClass('medium', 7);
    submitClass('large', 8);
    const small = await documentFor({ sizeClass: ['small'] });
    expect(small).toMatchObject({ submitted: 6, suppressed: false, filters: { sizeClass: ['small'] } });
    expect(small.questions.find((q) => q.code === 'FILTER')!.base.n).toBe(6);
    expect((await documentFor({ sizeClass: ['large'] })).questions.find((q) => q.code === 'TOTAL')!.numbers).toMatchObject({
      answered: 8,
      sum: 96,
    });
  });

  it('hides a size class below 5 and the next smallest class, but not the provinces (another split)', async () => {
    submitClass('small', 3);
    submitClass('medium', 6);
    submitClass('large', 7, 'Drenthe');
    expect(await documentFor({ sizeClass: ['small'] })).toMatchObject({ submitted: 3, suppressionReason: 'tooFew' });
    const medium = await documentFor({ sizeClass: ['medium'] });
    expectNoFigures(medium);
    expect(medium).toMatchObject({ submitted: 6, suppressionReason: 'protectsSmallerGroup' });
    expect((await documentFor({ sizeClass: ['large'] })).suppressed).toBe(false);
    expect((await documentFor({ province: ['Utrecht'] })).suppressed).toBe(false);
  });

  it('counts libraries without a size class as a group of their own: the whole minus the three classes must not be 1 to 4 libraries', async () => {
    submitClass(null, 2);
    submitClass('small', 6);
    submitClass('medium', 7);
    submitClass('large', 8);
    // No filter selects them, yet the whole edition (23) shows their answers with the others'.
    expect((await documentFor()).suppressed).toBe(false);
    expect((await documentFor()).submitted).toBe(23);
    // So the smallest class is hidden with them: 23 − 7 − 8 is then 8 libraries, not 2.
    expect(await documentFor({ sizeClass: ['small'] })).toMatchObject({
      submitted: 6,
      suppressed: true,
      suppressionReason: 'protectsSmallerGroup',
    });
    expect((await documentFor({ sizeClass: ['medium'] })).suppressed).toBe(false);
    expect((await documentFor({ sizeClass: ['large'] })).suppressed).toBe(false);

    // Five without a size class need no protection.
    submitClass(null, 3);
    expect((await documentFor({ sizeClass: ['small'] })).suppressed).toBe(false);
  });

  it("applies the same rule to the previous edition's size class", async () => {
    const previous = addEdition(db, testDefinition('2022-2023'));
    const current = addEdition(db, { ...testDefinition('2024-2025'), previousEdition: '2022-2023' }, previous.id);
    for (const [id, sizeClass, count] of [
      [previous.id, 'small', 4],
      [previous.id, 'large', 10],
      [current.id, 'small', 6],
      [current.id, 'large', 10],
    ] as const) {
      for (let i = 0; i < count; i++) addResponse(db, { editionId: id, sizeClass, answers });
    }
    expect(await documentFor({ sizeClass: ['small'] }, current)).toMatchObject({ suppressed: false, previousSuppressed: true });
    expect(await documentFor({ sizeClass: ['large'] }, current)).toMatchObject({ suppressed: false, previousSuppressed: true });
  });
});
