import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { answers, editions, invitations, libraries, responses } from '@/db/schema';
import { getEditionByCode } from '@/lib/editions/queries';
import { createInvitation } from '@/lib/invitations/create';
import { createTestDb } from '@/tests/support/db';
import { findInvitationByToken, getCurrentResponse } from './queries';
import { saveResponse, type SaveRequest } from './save';

const complete = {
  VO_SAMENWERKING: 'JA',
  TEVREDEN: ['SAMENWERKING_SCHOLEN', 'EXPERTISE_BIBLIOTHEEK'],
  KNELPUNTEN: ['FINANCIERING', 'ANDERS'],
  KNELPUNTEN__other: 'Vervoer',
  FINANCIERING_MINDER_SCHOLEN: 'JA',
  UREN_PER_WEEK: 12.5,
};

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

beforeEach(async () => {
  db = await createTestDb();
  const library = db.insert(libraries).values({ name: 'Bibliotheek Test', province: 'Utrecht', email: 't@t.nl' }).returning().get();
  token = createInvitation({ db, editionId: getEditionByCode({ db, code: '2022-2023' })!.id, libraryId: library.id }).token;
});

describe('saving a response', () => {
  it('stores a draft, then a submission, and reads back the same answers', () => {
    expect(stored().status).toBe('not_started');
    const draft = save({ answers: { VO_SAMENWERKING: 'JA' }, submit: false, version: 0 });
    expect(draft).toMatchObject({ ok: true, response: { status: 'draft', version: 1 } });
    const submitted = save({ answers: complete, submit: true, version: 1 });
    expect(submitted).toMatchObject({ ok: true, response: { status: 'submitted', version: 2 } });
    expect(stored().answers).toEqual(complete);
  });

  it('stores nothing of a refused request', () => {
    save({ answers: complete, submit: true });
    const before = stored();
    const result = save({
      answers: { ...complete, TEVREDEN: ['SAMENWERKING_SCHOLEN', 'EXPERTISE_BIBLIOTHEEK', 'LEESBEVORDERING', 'MEDIAWIJSHEID'] },
      submit: true,
    });
    expect(result).toMatchObject({
      ok: false,
      reason: 'invalid',
      errors: [{ question: 'TEVREDEN', message: 'Kies maximaal drie antwoorden bij wat goed ging in de samenwerking' }],
    });
    expect(stored()).toEqual(before);
  });

  it("answers a refused submission with each question's own message, as the page shows it", () => {
    const result = save({
      answers: { VO_SAMENWERKING: 'JA', TEVREDEN: ['EXPERTISE_BIBLIOTHEEK'], KNELPUNTEN: [], UREN_PER_WEEK: -1 },
      submit: true,
    });
    expect(result).toMatchObject({
      ok: false,
      reason: 'invalid',
      errors: [
        { question: 'KNELPUNTEN', message: 'Kies minstens één antwoord bij de knelpunten' },
        { question: 'UREN_PER_WEEK', message: 'Het aantal uur per week moet 0 of meer zijn' },
      ],
    });
    expect(save({ answers: {}, submit: true })).toMatchObject({ errors: [{ question: 'VO_SAMENWERKING', message: 'Kies ja of nee' }] });
  });

  it('refuses a save based on an old version and returns the current answers', () => {
    save({ answers: { VO_SAMENWERKING: 'JA' }, submit: false, version: 0 });
    // A second person, who loaded the page before the first saved:
    const second = save({ answers: { VO_SAMENWERKING: 'NEE' }, submit: false, version: 0 });
    expect(second).toMatchObject({ ok: false, reason: 'stale', response: { version: 1, answers: { VO_SAMENWERKING: 'JA' } } });
    expect(stored().answers).toEqual({ VO_SAMENWERKING: 'JA' });
    // Without a version the save simply applies.
    expect(save({ answers: { VO_SAMENWERKING: 'NEE' }, submit: false })).toMatchObject({ ok: true, response: { version: 2 } });
  });

  it('answers a save with exactly what is stored, on the first save and on later ones', () => {
    // Choices out of the definition's order: the stored form sorts them, and so must the answer.
    const requests: SaveRequest[] = [
      { answers: { VO_SAMENWERKING: 'JA' }, submit: false, version: 0 },
      { answers: { ...complete, KNELPUNTEN: ['ANDERS', 'FINANCIERING'] }, submit: true, version: 1 },
      { answers: { ...complete, UREN_PER_WEEK: 3 }, submit: false },
      { answers: { VO_SAMENWERKING: 'NEE' }, submit: true },
    ];
    // Fixed moments in 2023, so without the seeded opening moment (which is relative to today).
    db.update(editions).set({ opensAt: null }).where(eq(editions.code, '2022-2023')).run();
    requests.forEach((request, i) => {
      const result = save(request, new Date(Date.UTC(2023, 2, 1 + i, 10, 30, 15, 123)));
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.response).toEqual(stored());
    });
    // The third save was a change kept apart from the submission (changes-after-submit.test.ts); the fourth sent it.
    expect(stored()).toMatchObject({ status: 'submitted', version: 4, pendingChanges: false, submittedAt: '2023-03-04T10:30:15.123Z' });
  });

  it('refuses changes once the edition has closed', () => {
    db.update(editions)
      .set({ closesAt: new Date('2020-01-01') })
      .where(eq(editions.code, '2022-2023'))
      .run();
    expect(save({ answers: complete, submit: true })).toEqual({ ok: false, reason: 'closed' });
    expect(stored().status).toBe('not_started');
  });

  it('stores every column of the response and its rows: edition, status, moments, positions, the link marked opened', () => {
    // Moments the edition is open at, a whole hour apart.
    const draftAt = new Date(Math.floor(Date.now() / 1000) * 1000 - 2 * 3600_000);
    const sentAt = new Date(draftAt.getTime() + 3600_000);
    const editionId = getEditionByCode({ db, code: '2022-2023' })!.id;
    const columns = () => {
      const response = db.select().from(responses).get()!;
      const rows = db.select().from(answers).orderBy(answers.id).all();
      return { response, rows: rows.map(({ id: _id, ...row }) => row) };
    };

    save({ answers: { VO_SAMENWERKING: 'JA', TEVREDEN: ['EXPERTISE_BIBLIOTHEEK'] }, submit: false }, draftAt);
    const draft = columns();
    expect(draft.response).toMatchObject({
      editionId,
      status: 'draft',
      version: 1,
      updatedAt: draftAt,
      submittedAt: null,
      pendingAnswers: null,
    });
    expect(draft.rows).toEqual([
      {
        responseId: draft.response.id,
        editionId,
        responseStatus: 'draft',
        questionCode: 'VO_SAMENWERKING',
        optionCode: 'JA',
        numberValue: null,
        textValue: null,
        position: 1,
      },
      {
        responseId: draft.response.id,
        editionId,
        responseStatus: 'draft',
        questionCode: 'TEVREDEN',
        optionCode: 'EXPERTISE_BIBLIOTHEEK',
        numberValue: null,
        textValue: null,
        position: 1,
      },
    ]);
    expect(db.select({ at: invitations.firstOpenedAt }).from(invitations).get()!.at).toEqual(draftAt);

    save({ answers: complete, submit: true, version: 1 }, sentAt);
    const sent = columns();
    expect(sent.response).toMatchObject({ id: draft.response.id, status: 'submitted', version: 2, updatedAt: sentAt, submittedAt: sentAt });
    expect(
      sent.rows.every((row) => row.responseId === draft.response.id && row.editionId === editionId && row.responseStatus === 'submitted'),
    ).toBe(true);
    expect(sent.rows.map((row) => [row.questionCode, row.optionCode, row.numberValue, row.textValue, row.position])).toEqual([
      ['VO_SAMENWERKING', 'JA', null, null, 1],
      ['TEVREDEN', 'SAMENWERKING_SCHOLEN', null, null, 1],
      ['TEVREDEN', 'EXPERTISE_BIBLIOTHEEK', null, null, 2],
      ['KNELPUNTEN', 'FINANCIERING', null, null, 1],
      ['KNELPUNTEN', 'ANDERS', null, 'Vervoer', 2],
      ['FINANCIERING_MINDER_SCHOLEN', 'JA', null, null, 1],
      ['UREN_PER_WEEK', null, 12.5, null, 1],
    ]);
    // Opened at the first save, not moved by the second.
    expect(db.select({ at: invitations.firstOpenedAt }).from(invitations).get()!.at).toEqual(draftAt);
  });

  it('keeps one row per chosen option, with the "Anders" text on its option', () => {
    save({ answers: complete, submit: true });
    const rows = db.select().from(answers).where(eq(answers.questionCode, 'KNELPUNTEN')).orderBy(answers.id).all();
    expect(rows.map((r) => [r.optionCode, r.textValue])).toEqual([
      ['FINANCIERING', null],
      ['ANDERS', 'Vervoer'],
    ]);
  });
});
