import fc from 'fast-check';
import { typeOf } from './types';
import { describe, expect, it } from 'vitest';
import { loadBundledDefinitions } from '@/cli/seed/questionnaires';
import { buildAnswersSchema, findProblems } from './answer-schema';
import { findQuestion, listQuestions, otherTextKey, type Definition } from './definition';
import { visibleQuestionCodes, type Answers } from './visibility';
import { validAnswers } from '@/tests/support/arbitraries';

const definitions = loadBundledDefinitions();
const current = definitions.find((d) => d.edition === '2022-2023')!;

function refusedQuestions(def: Definition, answers: Answers, mode: 'draft' | 'submit' = 'submit'): string[] {
  const parsed = buildAnswersSchema(def, mode).safeParse(answers);
  return parsed.success ? [] : parsed.error.issues.map((i) => String(i.path[0]));
}

const multipleQuestions = (def: Definition) =>
  listQuestions(def).flatMap((q) => (typeOf(q).choice?.oneOption === false && 'maxChoices' in q && q.maxChoices ? [q] : []));

describe.each(definitions.map((d) => [d.edition, d] as const))('answer schema of %s', (_, def) => {
  it('accepts every valid answer set, in draft and submit mode', () => {
    fc.assert(
      fc.property(validAnswers(def), (answers) => {
        expect(refusedQuestions(def, answers, 'submit')).toEqual([]);
        expect(refusedQuestions(def, answers, 'draft')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses more than maxChoices options', () => {
    const questions = multipleQuestions(def);
    fc.assert(
      fc.property(
        validAnswers(def).filter((a) => a.VO_SAMENWERKING === 'JA'),
        fc.constantFrom(...questions),
        fc.context(),
        (answers, question, ctx) => {
          const regular = question.options.filter((o) => !o.exclusive).map((o) => o.code);
          const tooMany = regular.slice(0, question.maxChoices! + 1);
          ctx.log(`${question.code}: ${tooMany.join(',')}`);
          expect(refusedQuestions(def, { ...answers, [question.code]: tooMany })).toContain(question.code);
        },
      ),
    );
  });

  it('refuses unknown and repeated option codes', () => {
    const questions = multipleQuestions(def);
    fc.assert(
      fc.property(
        validAnswers(def).filter((a) => a.VO_SAMENWERKING === 'JA'),
        fc.constantFrom(...questions),
        fc.stringMatching(/^[A-Z][A-Z_]{0,20}$/),
        fc.boolean(),
        (answers, question, unknownCode, repeat) => {
          fc.pre(!question.options.some((o) => o.code === unknownCode));
          const first = question.options.find((o) => !o.exclusive)!.code;
          const bad = repeat ? [first, first] : [first, unknownCode];
          expect(refusedQuestions(def, { ...answers, [question.code]: bad })).toContain(question.code);
        },
      ),
    );
  });

  it('refuses the exclusive option together with another option', () => {
    const questions = multipleQuestions(def).filter((q) => q.options.some((o) => o.exclusive));
    fc.assert(
      fc.property(
        validAnswers(def).filter((a) => a.VO_SAMENWERKING === 'JA'),
        fc.constantFrom(...questions),
        fc.nat(),
        (answers, question, pick) => {
          const exclusive = question.options.find((o) => o.exclusive)!.code;
          const others = question.options.filter((o) => !o.exclusive && !o.other);
          const other = others[pick % others.length].code;
          expect(refusedQuestions(def, { ...answers, [question.code]: [other, exclusive] })).toContain(question.code);
        },
      ),
    );
  });

  it('refuses answers to questions the other answers hide', () => {
    fc.assert(
      fc.property(validAnswers(def), fc.nat(), (answers, pick) => {
        const visible = visibleQuestionCodes(def, answers);
        const hidden = listQuestions(def).filter((q) => !visible.has(q.code));
        fc.pre(hidden.length > 0);
        const question = hidden[pick % hidden.length];
        const type = typeOf(question);
        const value = type.choice
          ? type.choice.answerOf(question, [type.choice.options(question)[0].code])
          : (type.numberRange?.(question).min ?? 'tekst');
        expect(refusedQuestions(def, { ...answers, [question.code]: value })).toContain(question.code);
      }),
    );
  });
});

describe('answer schema rules', () => {
  it('reports a Dutch message per question code', () => {
    const problems = findProblems(
      current,
      { VO_SAMENWERKING: 'JA', TEVREDEN: ['SAMENWERKING_SCHOLEN', 'EXPERTISE_BIBLIOTHEEK', 'LEESBEVORDERING', 'MEDIAWIJSHEID'] },
      'submit',
    );
    expect(problems).toContainEqual({
      question: 'TEVREDEN',
      message: 'Kies maximaal drie antwoorden bij wat goed ging in de samenwerking',
    });
    expect(problems).toContainEqual({ question: 'KNELPUNTEN', message: 'Kies minstens één antwoord bij de knelpunten' });
  });

  it('allows open required questions in a draft but not on submit', () => {
    expect(refusedQuestions(current, { VO_SAMENWERKING: 'JA' }, 'draft')).toEqual([]);
    expect(refusedQuestions(current, { VO_SAMENWERKING: 'JA' }, 'submit')).toEqual(['TEVREDEN', 'KNELPUNTEN']);
  });

  it('asks for the follow-up only when Financiering is a bottleneck', () => {
    const base = { VO_SAMENWERKING: 'JA', TEVREDEN: ['EXPERTISE_BIBLIOTHEEK'] };
    expect(refusedQuestions(current, { ...base, KNELPUNTEN: ['BORGING'] })).toEqual([]);
    expect(refusedQuestions(current, { ...base, KNELPUNTEN: ['FINANCIERING'] })).toEqual(['FINANCIERING_MINDER_SCHOLEN']);
    expect(refusedQuestions(current, { ...base, KNELPUNTEN: ['BORGING'], FINANCIERING_MINDER_SCHOLEN: 'JA' })).toEqual([
      'FINANCIERING_MINDER_SCHOLEN',
    ]);
  });

  it('refuses wrong types, fractions where whole numbers are asked, and over-long text', () => {
    const base = { VO_SAMENWERKING: 'JA', TEVREDEN: ['EXPERTISE_BIBLIOTHEEK'], KNELPUNTEN: ['BORGING'] };
    expect(refusedQuestions(current, { ...base, TEVREDEN: 'EXPERTISE_BIBLIOTHEEK' })).toEqual(['TEVREDEN']);
    expect(refusedQuestions(current, { ...base, SCHOOLLOCATIES_WERKGEBIED: '12' })).toEqual(['SCHOOLLOCATIES_WERKGEBIED']);
    expect(refusedQuestions(current, { ...base, SCHOOLLOCATIES_WERKGEBIED: 12.5 })).toEqual(['SCHOOLLOCATIES_WERKGEBIED']);
    expect(refusedQuestions(current, { ...base, UREN_PER_WEEK: 12.5 })).toEqual([]);
    expect(refusedQuestions(current, { ...base, UREN_PER_WEEK: -1 })).toEqual(['UREN_PER_WEEK']);
    expect(refusedQuestions(current, { ...base, TOELICHTING: 'x'.repeat(2001) })).toEqual(['TOELICHTING']);
    expect(refusedQuestions(current, { ...base, ONBEKEND: 'x' })).toEqual(['ONBEKEND']);
  });

  it('keeps the number of school locations worked with within those in the area', () => {
    const base = { VO_SAMENWERKING: 'JA', TEVREDEN: ['EXPERTISE_BIBLIOTHEEK'], KNELPUNTEN: ['BORGING'] };
    expect(refusedQuestions(current, { ...base, SCHOOLLOCATIES_WERKGEBIED: 10, SCHOOLLOCATIES_SAMENWERKING: 11 })).toEqual([
      'SCHOOLLOCATIES_SAMENWERKING',
    ]);
    expect(refusedQuestions(current, { ...base, SCHOOLLOCATIES_WERKGEBIED: 10, SCHOOLLOCATIES_SAMENWERKING: 10 })).toEqual([]);
  });

  it('names the other number question by its subject, never by its code, when an answer exceeds it', () => {
    const base = { VO_SAMENWERKING: 'JA', TEVREDEN: ['EXPERTISE_BIBLIOTHEEK'], KNELPUNTEN: ['BORGING'] };
    const problems = findProblems(current, { ...base, SCHOOLLOCATIES_WERKGEBIED: 10, SCHOOLLOCATIES_SAMENWERKING: 11 }, 'submit');
    const area = findQuestion(current, 'SCHOOLLOCATIES_WERKGEBIED')!;
    expect(problems).toEqual([{ question: 'SCHOOLLOCATIES_SAMENWERKING', message: expect.stringContaining(area.errorSubject!) }]);
    expect(problems[0].message).toContain('(10)');
    expect(problems[0].message).not.toContain('SCHOOLLOCATIES_WERKGEBIED');
  });

  it('requires the "Anders" text only with the "Anders" option', () => {
    const base = { VO_SAMENWERKING: 'JA', TEVREDEN: ['EXPERTISE_BIBLIOTHEEK'] };
    const key = otherTextKey('KNELPUNTEN');
    expect(refusedQuestions(current, { ...base, KNELPUNTEN: ['ANDERS'] })).toEqual([key]);
    expect(refusedQuestions(current, { ...base, KNELPUNTEN: ['ANDERS'], [key]: 'Vervoer' })).toEqual([]);
    expect(refusedQuestions(current, { ...base, KNELPUNTEN: ['BORGING'], [key]: 'Vervoer' })).toEqual([key]);
  });

  it('refuses a "__proto__" key like any other unknown question', () => {
    // JSON.parse makes it an own key; a plain z.record would silently drop it.
    const answers = JSON.parse('{"VO_SAMENWERKING": "NEE", "__proto__": {"x": 1}}');
    expect(refusedQuestions(current, answers, 'draft')).toEqual(['__proto__']);
  });

  it('drops empty values from what it passes on', () => {
    const parsed = buildAnswersSchema(current, 'draft').parse({ VO_SAMENWERKING: 'NEE', TOELICHTING: '', TEVREDEN: [] });
    expect(parsed).toEqual({ VO_SAMENWERKING: 'NEE' });
  });
});
