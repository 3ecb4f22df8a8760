import { eq } from 'drizzle-orm';
import { typeOf } from '@/lib/questionnaire/types';
import { describe, expect, it } from 'vitest';
import { auditLog, editions } from '@/db/schema';
import { listQuestions } from '@/lib/questionnaire/definition';
import { CLI_ACTOR } from '@/lib/audit/record';
import { createTestDb } from '@/tests/support/db';
import { createEditionFrom, creationReview } from './create-from';
import { getEditionByCode } from './queries';

const codesOf = (def: Parameters<typeof listQuestions>[0]) =>
  listQuestions(def).map((q) => ({
    code: q.code,
    type: q.type,
    options:
      typeOf(q)
        .choice?.options(q)
        .map((o) => o.code) ?? [],
  }));

describe('a new edition from a previous one', () => {
  it('copies every question and option code, replaces the school year, starts as a bare concept linked to its source', async () => {
    const db = await createTestDb();
    const result = await createEditionFrom({ db, code: '2023-2024', from: '2022-2023', actor: CLI_ACTOR });
    expect(result.ok).toBe(true);
    const created = getEditionByCode({ db, code: '2023-2024' })!;
    const source = getEditionByCode({ db, code: '2022-2023' })!;
    expect(codesOf(created.definition)).toEqual(codesOf(source.definition));
    expect(created).toMatchObject({
      status: 'draft',
      opensAt: null,
      closesAt: null,
      previousEditionId: source.id,
      title: 'Samenwerking met het voortgezet onderwijs 2023-2024',
    });
    expect(created.definition).toMatchObject({ edition: '2023-2024', previousEdition: '2022-2023' });
    expect(listQuestions(created.definition).find((q) => q.code === 'TEVREDEN')!.text).toContain('schooljaar 2023-2024');
    // The start page's texts come along, the school year replaced there too.
    expect(created.definition.startPage).toEqual({
      ...source.definition.startPage,
      purpose: expect.stringContaining('schooljaar 2023-2024'),
    });
    expect(created.definition.startPage!.purpose).not.toContain('2022-2023');
    // No invitations or responses come along.
    expect(db.$client.prepare('select count(*) as n from invitations where edition_id = ?').get(created.id)).toEqual({ n: 0 });
    expect(db.$client.prepare('select count(*) as n from responses where edition_id = ?').get(created.id)).toEqual({ n: 0 });
  });

  it('keeps the replacements for review, with the audit entry of the creation', async () => {
    const db = await createTestDb();
    const result = await createEditionFrom({
      db,
      code: '2023-2024',
      from: '2022-2023',
      actor: { userId: undefined, label: 'beheerder@test.nl' },
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.replacements.map((r) => r.path)).toEqual([
      'title',
      'startPage.purpose',
      'pages.1.questions.0.text',
      'pages.2.questions.0.text',
    ]);
    expect(await creationReview({ db, code: '2023-2024' })).toEqual({ from: '2022-2023', replacements: result.replacements });
    const entry = db.select().from(auditLog).where(eq(auditLog.action, 'edition.created')).get();
    expect(entry).toMatchObject({ actorLabel: 'beheerder@test.nl', target: 'edition:2023-2024', details: { from: '2022-2023' } });
  });

  it.each([
    [
      'an existing code',
      { code: '2022-2023', from: '2021-2022' },
      { reason: 'exists', errors: [{ path: 'code', message: 'Er bestaat al een editie 2022-2023.' }] },
    ],
    [
      'a code that is not a school year',
      { code: '2023-2025', from: '2022-2023' },
      {
        reason: 'invalid',
        errors: [{ path: 'code', message: 'Een editiecode is een schooljaar van twee opeenvolgende jaren, zoals 2023-2024.' }],
      },
    ],
    [
      'an unknown source',
      { code: '2023-2024', from: '1999-2000' },
      { reason: 'invalid', errors: [{ path: 'from', message: 'Editie 1999-2000 bestaat niet.' }] },
    ],
  ])('refuses %s and stores nothing', async (_, input, refusal) => {
    const db = await createTestDb();
    expect(await createEditionFrom({ db, ...input, actor: CLI_ACTOR })).toMatchObject({ ok: false, ...refusal });
    expect(db.select().from(editions).all()).toHaveLength(2);
    expect(db.select().from(auditLog).all()).toHaveLength(0);
  });
});
