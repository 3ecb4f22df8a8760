import { describe, expect, it } from 'vitest';
import { typeOf } from './types';
import { loadBundledDefinitions } from '@/cli/seed/questionnaires';
import { parseDefinition, type DefinitionInput } from './definition';

const base = (): DefinitionInput => ({
  edition: '2030-2031',
  title: 'Test',
  pages: [
    {
      code: 'P1',
      title: 'Pagina',
      questions: [
        {
          code: 'FILTER',
          type: 'single',
          text: 'Filter?',
          required: true,
          options: [
            { code: 'JA', label: 'Ja' },
            { code: 'NEE', label: 'Nee' },
          ],
        },
        {
          code: 'TOP3',
          type: 'multiple',
          text: 'Top drie?',
          required: true,
          maxChoices: 3,
          condition: { question: 'FILTER', anyOf: ['JA'] },
          options: [
            { code: 'A', label: 'A' },
            { code: 'B', label: 'B' },
            { code: 'C', label: 'C' },
            { code: 'GEEN', label: 'Geen', exclusive: true },
          ],
        },
      ],
    },
  ],
});

function withQuestion(change: (q: Record<string, unknown>[]) => void): DefinitionInput {
  const def = base();
  change(def.pages[0].questions as unknown as Record<string, unknown>[]);
  return def;
}

describe('questionnaire definition loader', () => {
  it('accepts the bundled editions and a minimal definition', () => {
    expect(loadBundledDefinitions().map((d) => d.edition)).toEqual(['2021-2022', '2022-2023']);
    expect(parseDefinition(base()).pages[0].questions).toHaveLength(2);
  });

  it('gives both bundled editions the same two top-three questions, with the same codes', () => {
    const [previous, current] = loadBundledDefinitions();
    const topThree = (def: typeof previous) =>
      def.pages
        .flatMap((p) => p.questions)
        .flatMap((q) =>
          typeOf(q).choice?.oneOption === false && 'maxChoices' in q && q.maxChoices === 3
            ? [{ code: q.code, options: q.options.map((o) => o.code), exclusive: q.options.filter((o) => o.exclusive).map((o) => o.code) }]
            : [],
        );
    expect(topThree(current).map((q) => q.code)).toEqual(['TEVREDEN', 'KNELPUNTEN']);
    expect(topThree(previous)).toEqual(topThree(current));
  });

  it.each([
    ['a duplicate question code', (q: Record<string, unknown>[]) => (q[1].code = 'FILTER'), /duplicate question code FILTER/],
    [
      'a duplicate option code',
      (q: Record<string, unknown>[]) => ((q[1].options as { code: string }[])[1].code = 'A'),
      /duplicate option code A/,
    ],
    [
      'a condition on an unknown question',
      (q: Record<string, unknown>[]) => (q[1].condition = { question: 'NERGENS', anyOf: ['JA'] }),
      /unknown or later question NERGENS/,
    ],
    [
      'a condition on a later question',
      (q: Record<string, unknown>[]) => (q[0].condition = { question: 'TOP3', anyOf: ['A'] }),
      /unknown or later question TOP3/,
    ],
    [
      'a condition on an unknown option',
      (q: Record<string, unknown>[]) => (q[1].condition = { question: 'FILTER', anyOf: ['MISSCHIEN'] }),
      /unknown option MISSCHIEN/,
    ],
    ['maxChoices above the number of options', (q: Record<string, unknown>[]) => (q[1].maxChoices = 9), /maxChoices exceeds/],
    ['an unknown question type', (q: Record<string, unknown>[]) => (q[0].type = 'slider'), /type/],
    ['a misspelt property', (q: Record<string, unknown>[]) => (q[0].requried = true), /requried/],
    ['a lower-case code', (q: Record<string, unknown>[]) => (q[0].code = 'filter'), /UPPER_SNAKE_CASE/],
  ])('refuses %s', (_, change, message) => {
    expect(() => parseDefinition(withQuestion(change))).toThrow(message);
  });
});
