import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { editions, libraries } from '@/db/schema';
import { getEditionByCode } from '@/lib/editions/queries';
import { createInvitation } from '@/lib/invitations/create';
import { computeEditionResults, findQuestionResult } from '@/lib/results/aggregate';
import { createTestDb } from '@/tests/support/db';
import { findInvitationByToken, getCurrentResponse } from './queries';
import { saveResponse, type SaveRequest } from './save';

const submitted = {
  VO_SAMENWERKING: 'JA',
  TEVREDEN: ['SAMENWERKING_SCHOLEN', 'EXPERTISE_BIBLIOTHEEK'],
  KNELPUNTEN: ['FINANCIERING', 'ANDERS'],
  KNELPUNTEN__other: 'Vervoer',
  FINANCIERING_MINDER_SCHOLEN: 'JA',
  UREN_PER_WEEK: 12.5,
};
const changed = { ...submitted, TEVREDEN: ['SAMENWERKING_SCHOLEN', 'LEESBEVORDERING'], UREN_PER_WEEK: 10 };

let db: Db;
let token: string;

function save(request: SaveRequest, now?: Date) {
  const context = findInvitationByToken({ db, token })!;
  return saveResponse({ db, context, request, now });
}

function stored() {
  const context = findInvitationByToken({ db, token })!;
  return getCurrentResponse({ db, edition: context.edition, libraryId: context.library.id });
}

/**
 * What the results page and API show for this one library; the minimum group
 * size is off because one library is all there is here (small-groups.test.ts
 * covers the threshold).
 */
async function results() {
  const all = await computeEditionResults({ db, edition: getEditionByCode({ db, code: '2022-2023' })!, minimumGroupSize: 0 });
  const satisfied = findQuestionResult(all, 'TEVREDEN')!.options;
  return {
    submitted: all.submitted,
    inProgress: all.inProgress,
    hours: findQuestionResult(all, 'UREN_PER_WEEK')!.numbers!.sum,
    satisfied: Object.fromEntries(satisfied.filter((o) => o.count > 0).map((o) => [o.code, o.count])),
  };
}

const countsSubmitted = { submitted: 1, inProgress: 0, hours: 12.5, satisfied: { SAMENWERKING_SCHOLEN: 1, EXPERTISE_BIBLIOTHEEK: 1 } };
const countsChanged = { submitted: 1, inProgress: 0, hours: 10, satisfied: { SAMENWERKING_SCHOLEN: 1, LEESBEVORDERING: 1 } };

beforeEach(async () => {
  db = await createTestDb();
  const library = db.insert(libraries).values({ name: 'Bibliotheek Test', province: 'Utrecht', email: 't@t.nl' }).returning().get();
  token = createInvitation({ db, editionId: getEditionByCode({ db, code: '2022-2023' })!.id, libraryId: library.id }).token;
  // The saves carry fixed moments in 2023, before the seeded opening moment (relative to today).
  db.update(editions).set({ opensAt: null }).where(eq(editions.code, '2022-2023')).run();
});

describe('changing a submitted response', () => {
  it('keeps counting the submitted answers while changes are saved, and counts the changes once they are sent', async () => {
    const sentAt = new Date('2023-03-01T10:00:00.000Z');
    save({ answers: submitted, submit: true, version: 0 }, sentAt);
    expect(await results()).toEqual(countsSubmitted);

    const change = save({ answers: changed, submit: false, version: 1 }, new Date('2023-03-02T10:00:00.000Z'));
    expect(change).toMatchObject({
      ok: true,
      response: {
        status: 'submitted',
        pendingChanges: true,
        version: 2,
        answers: changed,
        submittedAnswers: submitted,
        submittedAt: sentAt.toISOString(),
      },
    });
    // After a reload the library still sees its changes, and that it sent earlier answers.
    expect(stored()).toEqual(change.ok && change.response);
    expect(await results()).toEqual(countsSubmitted);

    const sent = save({ answers: changed, submit: true, version: 2 }, new Date('2023-03-03T10:00:00.000Z'));
    expect(sent).toMatchObject({
      ok: true,
      response: {
        status: 'submitted',
        pendingChanges: false,
        version: 3,
        answers: changed,
        submittedAnswers: changed,
        submittedAt: '2023-03-03T10:00:00.000Z',
      },
    });
    expect(stored()).toEqual(sent.ok && sent.response);
    expect(await results()).toEqual(countsChanged);
  });

  it('checks the version of a change like that of any save, and stores nothing of a refused one', async () => {
    save({ answers: submitted, submit: true, version: 0 });
    expect(save({ answers: changed, submit: false, version: 1 })).toMatchObject({ ok: true, response: { version: 2 } });
    const before = stored();

    // A second person, who loaded the page before the change was saved:
    const second = save({ answers: { ...submitted, UREN_PER_WEEK: 3 }, submit: false, version: 1 });
    expect(second).toEqual({ ok: false, reason: 'stale', response: before });
    expect(save({ answers: changed, submit: true, version: 1 })).toMatchObject({ ok: false, reason: 'stale' });
    const tooMany = ['SAMENWERKING_SCHOLEN', 'EXPERTISE_BIBLIOTHEEK', 'LEESBEVORDERING', 'MEDIAWIJSHEID'];
    expect(save({ answers: { ...changed, TEVREDEN: tooMany }, submit: false, version: 2 })).toMatchObject({ ok: false, reason: 'invalid' });
    // A change is a draft: it may leave required questions open, but sending it may not.
    expect(save({ answers: { VO_SAMENWERKING: 'JA' }, submit: true, version: 2 })).toMatchObject({ ok: false, reason: 'invalid' });

    expect(stored()).toEqual(before);
    expect(await results()).toEqual(countsSubmitted);
  });

  it('may leave required questions open in a change, which then does not count until completed and sent', async () => {
    save({ answers: submitted, submit: true, version: 0 });
    expect(save({ answers: { VO_SAMENWERKING: 'JA' }, submit: false, version: 1 })).toMatchObject({
      ok: true,
      response: { status: 'submitted', pendingChanges: true, answers: { VO_SAMENWERKING: 'JA' } },
    });
    expect(await results()).toEqual(countsSubmitted);
  });

  it('discards the changes when the submitted answers are saved back', async () => {
    const sentAt = new Date('2023-03-01T10:00:00.000Z');
    save({ answers: submitted, submit: true, version: 0 }, sentAt);
    save({ answers: changed, submit: false, version: 1 });
    const discarded = save({ answers: submitted, submit: false, version: 2 });
    expect(discarded).toMatchObject({
      ok: true,
      response: {
        status: 'submitted',
        pendingChanges: false,
        version: 3,
        answers: submitted,
        submittedAnswers: submitted,
        submittedAt: sentAt.toISOString(),
      },
    });
    expect(stored()).toEqual(discarded.ok && discarded.response);
    expect(await results()).toEqual(countsSubmitted);
  });

  it('leaves unsent changes uncounted when the edition closes', async () => {
    save({ answers: submitted, submit: true, version: 0 });
    save({ answers: changed, submit: false, version: 1 });
    db.update(editions)
      .set({ closesAt: new Date('2020-01-01') })
      .where(eq(editions.code, '2022-2023'))
      .run();
    expect(save({ answers: changed, submit: true, version: 2 })).toEqual({ ok: false, reason: 'closed' });
    expect(stored()).toMatchObject({ status: 'submitted', pendingChanges: true, submittedAnswers: submitted });
    expect(await results()).toEqual(countsSubmitted);
  });
});

describe('a response never submitted', () => {
  it('is a draft whose answers are its stored rows, in progress and not counted', async () => {
    const draft = save({ answers: { VO_SAMENWERKING: 'JA', UREN_PER_WEEK: 4 }, submit: false, version: 0 });
    expect(draft).toMatchObject({
      ok: true,
      response: { status: 'draft', pendingChanges: false, submittedAnswers: null, submittedAt: null },
    });
    expect(stored()).toEqual(draft.ok && draft.response);
    expect(await results()).toEqual({ submitted: 0, inProgress: 1, hours: 0, satisfied: {} });
  });
});
