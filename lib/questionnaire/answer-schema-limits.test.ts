import { describe, expect, it } from 'vitest';
import { loadBundledDefinitions } from '@/cli/seed/questionnaires';
import { buildAnswersSchema, findProblems, problemsByQuestion } from './answer-schema';
import { findQuestion, otherTextKey } from './definition';

const current = loadBundledDefinitions().find((d) => d.edition === '2022-2023')!;
const complete = { VO_SAMENWERKING: 'JA', TEVREDEN: ['EXPERTISE_BIBLIOTHEEK'], KNELPUNTEN: ['BORGING'] };
const optionCount = (code: string) => {
  const question = findQuestion(current, code)!;
  return 'options' in question ? question.options.length : 0;
};

/** What the API would send back for these answers: the 422's "errors". */
function reported(answers: Record<string, unknown>, mode: 'draft' | 'submit' = 'draft') {
  const parsed = buildAnswersSchema(current, mode).safeParse(answers);
  expect(parsed.success).toBe(false);
  return parsed.success ? [] : problemsByQuestion(parsed.error.issues);
}

/** An array that counts how often its elements are read. */
function countingArray(values: string[]) {
  const counter = { reads: 0 };
  const array = new Proxy(values, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) counter.reads += 1;
      return Reflect.get(target, key, receiver);
    },
  });
  return { array, counter };
}

describe('answer sets built to make validation slow or its reply big', () => {
  it('refuses more chosen options than the question has with one message, without checking each', () => {
    const codes = Array.from({ length: 43_700 }, (_, i) => `C${i.toString(36)}`);
    expect(findProblems(current, { ...complete, TEVREDEN: codes }, 'draft')).toEqual([
      { question: 'TEVREDEN', message: `Er zijn 43.700 antwoorden gekozen, maar deze vraag heeft er maar ${optionCount('TEVREDEN')}.` },
    ]);
  });

  it('reads each chosen option a bounded number of times, also on a question others depend on', () => {
    // KNELPUNTEN decides whether a follow-up is shown and has an "Anders" text,
    // so every check that looks at a choice list looks at this one.
    const size = 3_000;
    const { array, counter } = countingArray(Array.from({ length: size }, (_, i) => `C${i}`));
    const problems = findProblems(current, { ...complete, KNELPUNTEN: array }, 'draft');
    expect(counter.reads).toBeLessThanOrEqual(3 * size);
    expect(problems.map((p) => p.question)).toEqual(['KNELPUNTEN']);
  });

  it('still names unknown and repeated options of a list no longer than the options', () => {
    const problems = findProblems(current, { ...complete, TEVREDEN: ['EXPERTISE_BIBLIOTHEEK', 'NIEUW', 'EXPERTISE_BIBLIOTHEEK'] }, 'draft');
    expect(problems).toEqual([
      { question: 'TEVREDEN', message: 'Dit antwoord bestaat niet bij deze vraag: NIEUW.' },
      { question: 'TEVREDEN', message: 'Hetzelfde antwoord is meer dan één keer gekozen: EXPERTISE_BIBLIOTHEEK.' },
    ]);
  });

  it('reports 28,600 unknown keys as one short entry that names a few of them', () => {
    const unknown = Object.fromEntries(Array.from({ length: 28_600 }, (_, i) => [`X${i.toString(36)}`, 1]));
    const errors = reported({ ...complete, ...unknown });
    expect(errors).toHaveLength(1);
    expect(errors[0].question).toBe('X0');
    expect(errors[0].message).toMatch(/^Deze vragen bestaan niet in deze vragenlijst: X0, X1, X2, .*X9 en nog 28\.590 andere\.$/);
    expect(JSON.stringify(errors).length).toBeLessThan(500);
  });

  it('keeps a single unknown key as its own entry', () => {
    expect(reported({ ...complete, ONBEKEND: 'x' })).toEqual([
      { question: 'ONBEKEND', message: 'Deze vraag bestaat niet in deze vragenlijst.' },
    ]);
  });

  it('quotes no more than a short excerpt of an over-long key or option code', () => {
    const long = 'A'.repeat(200_000);
    const errors = reported({ VO_SAMENWERKING: long, [long]: 1, [`${long}B`]: 2 });
    expect(JSON.stringify(errors).length).toBeLessThan(1_000);
    expect(errors.map((e) => e.question)).toEqual(['VO_SAMENWERKING', expect.stringMatching(/^A+…$/)]);
  });

  it('gives every question at most one entry, however many keys and values come in', () => {
    const codes = Array.from({ length: 5_000 }, (_, i) => `C${i}`);
    const answers: Record<string, unknown> = { ...complete, TEVREDEN: codes, KNELPUNTEN: codes, UREN_PER_WEEK: 'x'.repeat(100_000) };
    for (let i = 0; i < 10_000; i++) answers[`${'K'.repeat(50)}${i}`] = codes;
    const errors = reported(answers, 'submit');
    expect(new Set(errors.map((e) => e.question)).size).toBe(errors.length);
    expect(errors.length).toBeLessThanOrEqual(4);
    expect(JSON.stringify(errors).length).toBeLessThan(2_000);
  });
});

describe('text that cannot be stored as it was sent', () => {
  const lone = 'a\ud800b';

  it('refuses a text answer or an "Anders" text with a lone surrogate, with a Dutch message', () => {
    const key = otherTextKey('KNELPUNTEN');
    expect(reported({ ...complete, TOELICHTING: lone }, 'submit')).toEqual([
      { question: 'TOELICHTING', message: 'Deze tekst bevat een ongeldig teken. Verwijder het teken of typ de tekst opnieuw.' },
    ]);
    expect(reported({ ...complete, KNELPUNTEN: ['ANDERS'], [key]: `Vervoer${'\udc00'}` }, 'submit').map((e) => e.question)).toEqual([key]);
  });

  it('accepts characters outside the basic plane written as proper pairs', () => {
    const parsed = buildAnswersSchema(current, 'submit').safeParse({ ...complete, TOELICHTING: 'Prima 👍 𝄞' });
    expect(parsed.success).toBe(true);
  });
});
