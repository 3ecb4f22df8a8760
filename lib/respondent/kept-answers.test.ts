import fc from 'fast-check';
import { typeOf } from '@/lib/questionnaire/types';
import { describe, expect, it } from 'vitest';
import { buildAnswersSchema } from '@/lib/questionnaire/answer-schema';
import { listQuestions, type ChoiceQuestion } from '@/lib/questionnaire/definition';
import { loadBundledDefinitions } from '@/cli/seed/questionnaires';
import { pruneAnswers, visibleQuestionCodes } from '@/lib/questionnaire/visibility';
import { validAnswers } from '@/tests/support/arbitraries';
import { keptBackAnswers, keptBackNotices, restoreKeptAnswers } from './kept-answers';

const definitions = loadBundledDefinitions();
const definition = definitions.find((d) => d.edition === '2022-2023')!;

const collaborating = {
  VO_SAMENWERKING: 'JA',
  TEVREDEN: ['FINANCIERING', 'ANDERS'],
  TEVREDEN__other: 'Gratis lidmaatschap',
  KNELPUNTEN: ['FINANCIERING', 'LESROOSTER'],
  FINANCIERING_MINDER_SCHOLEN: 'JA',
  UREN_PER_WEEK: 7.5,
  TOELICHTING: 'Dank je',
};
const { VO_SAMENWERKING: _, TOELICHTING, ...behindFilter } = collaborating;

describe('keptBackAnswers', () => {
  it('holds what a "Nee" hides, chains of follow-ups included, and nothing that is sent', () => {
    const answers = { ...collaborating, VO_SAMENWERKING: 'NEE' };
    expect(pruneAnswers(definition, answers)).toEqual({ VO_SAMENWERKING: 'NEE', TOELICHTING });
    expect(keptBackAnswers(definition, answers)).toEqual(behindFilter);
  });

  it('holds an "Anders" text whose option was unticked', () => {
    const answers = { ...collaborating, TEVREDEN: ['FINANCIERING'] };
    expect(keptBackAnswers(definition, answers)).toEqual({ TEVREDEN__other: 'Gratis lidmaatschap' });
  });

  it('is empty when everything is sent', () => {
    expect(keptBackAnswers(definition, collaborating)).toEqual({});
  });
});

describe('restoreKeptAnswers', () => {
  it('brings kept answers back behind the choice that hides them, without changing what is sent', () => {
    const stored = { VO_SAMENWERKING: 'NEE', TOELICHTING };
    const restored = restoreKeptAnswers(definition, stored, behindFilter);
    expect(restored).toEqual({ ...collaborating, VO_SAMENWERKING: 'NEE' });
    expect(pruneAnswers(definition, restored)).toEqual(stored);
    expect(pruneAnswers(definition, { ...restored, VO_SAMENWERKING: 'JA' })).toEqual(collaborating);
  });

  it('never replaces an answer the response has, nor shows a kept answer', () => {
    // Another device answered "Ja" meanwhile: a kept answer there would be sent.
    expect(restoreKeptAnswers(definition, { VO_SAMENWERKING: 'JA' }, behindFilter)).toEqual({ VO_SAMENWERKING: 'JA' });
    expect(restoreKeptAnswers(definition, { VO_SAMENWERKING: 'NEE' }, { VO_SAMENWERKING: 'JA' })).toEqual({ VO_SAMENWERKING: 'NEE' });
  });

  it('ignores what the definition does not ask for and values of no answer shape', () => {
    const kept = Object.assign(JSON.parse('{"__proto__": "x"}') as Record<string, unknown>, {
      ONBEKEND: 'x',
      TEVREDEN: [1, 2],
      UREN_PER_WEEK: Number.POSITIVE_INFINITY,
      TOELICHTING: { a: 1 },
    });
    expect(restoreKeptAnswers(definition, { VO_SAMENWERKING: 'NEE' }, kept)).toEqual({ VO_SAMENWERKING: 'NEE' });
  });
});

describe('keptBackNotices', () => {
  it('names the chosen option and the one that shows the hidden questions, counting each kept answer', () => {
    expect(keptBackNotices(definition, { ...collaborating, VO_SAMENWERKING: 'NEE' })).toEqual([
      { question: 'VO_SAMENWERKING', count: 4, chosen: 'Nee', showing: ['Ja'] },
    ]);
  });

  it('puts a follow-up under the multiple choice that hides it, when that one is shown', () => {
    const answers = { ...collaborating, KNELPUNTEN: ['LESROOSTER'] };
    expect(keptBackNotices(definition, answers)).toEqual([
      { question: 'KNELPUNTEN', count: 1, chosen: undefined, showing: ['Financiering'] },
    ]);
  });

  it('says nothing when no hidden question holds an answer', () => {
    expect(keptBackNotices(definition, { VO_SAMENWERKING: 'NEE', TOELICHTING })).toEqual([]);
    expect(keptBackNotices(definition, collaborating)).toEqual([]);
  });
});

describe.each(definitions.map((d) => [d.edition, d] as const))('switching a single choice in %s', (_edition, def) => {
  const singles = listQuestions(def).filter((q): q is ChoiceQuestion => !!typeOf(q).choice?.oneOption);

  it('sends only valid answers, keeps the rest, and switching back sends the original answers', () => {
    fc.assert(
      fc.property(validAnswers(def), fc.constantFrom(...singles), fc.nat(), (original, question, pick) => {
        fc.pre(visibleQuestionCodes(def, original).has(question.code));
        const option = question.options[pick % question.options.length].code;
        const switched = { ...original, [question.code]: option };
        const sent = pruneAnswers(def, switched);
        expect(buildAnswersSchema(def, 'draft').safeParse(sent).success).toBe(true);
        // A reload in the same tab: the stored answers plus the kept ones give the form back.
        const restored = restoreKeptAnswers(def, sent, keptBackAnswers(def, switched));
        expect(restored).toEqual(switched);
        expect(pruneAnswers(def, { ...restored, [question.code]: original[question.code] })).toEqual(original);
      }),
      { numRuns: 300 },
    );
  });

  it('never changes what is sent by restoring answers kept back from any other answer set', () => {
    fc.assert(
      fc.property(validAnswers(def), validAnswers(def), fc.constantFrom(...singles), fc.nat(), (answers, other, question, pick) => {
        const switched = { ...other, [question.code]: question.options[pick % question.options.length].code };
        const restored = restoreKeptAnswers(def, answers, keptBackAnswers(def, switched));
        expect(pruneAnswers(def, restored)).toEqual(answers);
      }),
      { numRuns: 300 },
    );
  });
});
