import { describe, expect, it } from 'vitest';
import { getEditionByCode } from '@/lib/editions/queries';
import { listQuestions } from '@/lib/questionnaire/definition';
import { createTestDb } from '@/tests/support/db';
import { responseDocument, saveRequestSchema } from './api';
import { notStartedResponse } from './queries';

async function document() {
  const db = await createTestDb();
  const edition = getEditionByCode({ db, code: '2022-2023' })!;
  const context = { invitationId: 1, edition, library: { id: 1, name: 'Bibliotheek Test', province: 'Utrecht' } };
  const response = notStartedResponse();

  return { edition, doc: responseDocument(context, response) };
}

describe('GET /api/v1/responses/{token} document', () => {
  it('gives every question code, type, text, required, condition and maxChoices, and every option code, label and exclusive', async () => {
    const { edition, doc } = await document();
    const questions = doc.questionnaire.pages.flatMap((p) => p.questions);
    expect(questions.map((q) => q.code)).toEqual(listQuestions(edition.definition).map((q) => q.code));
    for (const question of questions) {
      expect(Object.keys(question)).toEqual(expect.arrayContaining(['code', 'type', 'text', 'required', 'condition', 'maxChoices']));
      for (const option of 'options' in question ? question.options : []) {
        expect(option).toEqual({
          code: expect.any(String),
          label: expect.any(String),
          exclusive: expect.any(Boolean),
          other: expect.any(Boolean),
        });
      }
    }
    const byCode = new Map(questions.map((q) => [q.code, q]));
    expect(byCode.get('VO_SAMENWERKING')).toMatchObject({ condition: null, maxChoices: null });
    const knelpunten = byCode.get('KNELPUNTEN')!;
    expect(knelpunten).toMatchObject({ type: 'multiple', maxChoices: 3, condition: { question: 'VO_SAMENWERKING', anyOf: ['JA'] } });
    const options = 'options' in knelpunten ? knelpunten.options : [];
    expect(options.filter((o) => o.exclusive).map((o) => o.code)).toEqual(['GEEN_KNELPUNTEN']);
    expect(options.filter((o) => o.other).map((o) => o.code)).toEqual(['ANDERS']);
  });

  it('leaves out the result wording, which is for the result pages and not part of the documented API', async () => {
    const { doc } = await document();
    expect(JSON.stringify(doc.questionnaire)).not.toMatch(/"result[A-Z]/);
  });
});

describe('PUT /api/v1/responses/{token} body', () => {
  it('passes every key of answers on to the answer schema, "__proto__" included, so that it is refused rather than ignored', () => {
    const body = saveRequestSchema.parse(JSON.parse('{"answers": {"__proto__": {"x": 1}}, "submit": false}'));
    expect(Object.keys(body.answers)).toEqual(['__proto__']);
  });

  it('still insists on an answers object', () => {
    for (const body of [{}, { answers: [] }, { answers: null }, { answers: 'x' }])
      expect(saveRequestSchema.safeParse(body).success).toBe(false);
  });
});
