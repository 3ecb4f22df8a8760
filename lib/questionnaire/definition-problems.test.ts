import { describe, expect, it } from 'vitest';
import type { DefinitionInput } from './definition';
import { checkDefinition } from './definition-problems';
import { loadBundledDefinitions } from '@/cli/seed/questionnaires';

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
        { code: 'TOTAAL', type: 'number', text: 'Hoeveel?', required: false, max: 100 },
        { code: 'DEEL', type: 'number', text: 'Waarvan?', required: false, max: 100, atMost: 'TOTAAL' },
      ],
    },
  ],
});

type Q = Record<string, unknown>;

function problemsAfter(change: (def: DefinitionInput, q: Q[]) => void) {
  const def = base();
  change(def, def.pages[0].questions as unknown as Q[]);
  const result = checkDefinition(def);
  return result.ok ? [] : result.problems;
}

describe('definition problems in Dutch, at the field', () => {
  it('accepts the bundled editions and the base definition', () => {
    for (const definition of loadBundledDefinitions()) expect(checkDefinition(definition).ok).toBe(true);
    expect(checkDefinition(base())).toMatchObject({ ok: true, definition: { edition: '2030-2031' } });
  });

  it.each<[string, (def: DefinitionInput, q: Q[]) => void, { path: string; message: string }]>([
    [
      'a condition pointing at a later question',
      (_, q) => (q[0].condition = { question: 'TOP3', anyOf: ['A'] }),
      {
        path: 'pages.0.questions.0.condition.question',
        message: 'De voorwaarde verwijst naar vraag TOP3, die later komt. Een voorwaarde kan alleen naar een eerdere vraag verwijzen.',
      },
    ],
    [
      'a condition on an unknown question',
      (_, q) => (q[1].condition = { question: 'NERGENS', anyOf: ['JA'] }),
      { path: 'pages.0.questions.1.condition.question', message: 'De voorwaarde verwijst naar vraag NERGENS, die niet bestaat.' },
    ],
    [
      'a condition on an option the question does not have',
      (_, q) => (q[1].condition = { question: 'FILTER', anyOf: ['JA', 'MISSCHIEN'] }),
      { path: 'pages.0.questions.1.condition.anyOf.1', message: 'Vraag FILTER heeft geen antwoordoptie MISSCHIEN.' },
    ],
    [
      'a duplicate question code',
      (_, q) => (q[1].code = 'FILTER'),
      { path: 'pages.0.questions.1.code', message: 'De code FILTER wordt al door een andere vraag gebruikt.' },
    ],
    [
      'a duplicate option code',
      (_, q) => ((q[1].options as Q[])[2].code = 'A'),
      { path: 'pages.0.questions.1.options.2.code', message: 'De code A komt meer dan eens voor bij de antwoordopties van deze vraag.' },
    ],
    [
      'a duplicate page code',
      (def) =>
        def.pages.push({
          code: 'P1',
          title: 'Nog een',
          questions: [{ code: 'X', type: 'text', text: 'X?', required: false, maxLength: 10 }],
        }),
      { path: 'pages.1.code', message: 'De code P1 wordt al door een andere pagina gebruikt.' },
    ],
    [
      'at most 4 choices with 3 options',
      (_, q) => {
        q[1].options = (q[1].options as Q[]).slice(0, 3);
        q[1].maxChoices = 4;
      },
      { path: 'pages.0.questions.1.maxChoices', message: 'Maximaal 4 keuzes kan niet: de vraag heeft maar 3 antwoordopties.' },
    ],
    [
      'an exclusive option on a single choice',
      (_, q) => ((q[0].options as Q[])[1].exclusive = true),
      {
        path: 'pages.0.questions.0.options.1.exclusive',
        message: 'Een antwoord dat alle andere uitsluit kan alleen bij een vraag met meer keuzes.',
      },
    ],
    [
      'a minimum above the maximum',
      (_, q) => (q[2].min = 200),
      { path: 'pages.0.questions.2.min', message: 'Het minimum (200) is groter dan het maximum (100).' },
    ],
    [
      'an atMost naming a choice question',
      (_, q) => (q[3].atMost = 'FILTER'),
      { path: 'pages.0.questions.3.atMost', message: 'Hier hoort een eerdere getalvraag; FILTER is dat niet.' },
    ],
    [
      'a choice question with one option',
      (_, q) => (q[0].options = [{ code: 'JA', label: 'Ja' }]),
      { path: 'pages.0.questions.0.options', message: 'Een keuzevraag heeft minstens 2 antwoordopties.' },
    ],
    [
      'an empty option label',
      (_, q) => ((q[0].options as Q[])[0].label = ''),
      { path: 'pages.0.questions.0.options.0.label', message: 'Vul dit veld in.' },
    ],
    ['a missing question text', (_, q) => delete q[0].text, { path: 'pages.0.questions.0.text', message: 'Dit veld is verplicht.' }],
    [
      'a lower-case code',
      (_, q) => (q[0].code = 'filter'),
      {
        path: 'pages.0.questions.0.code',
        message: 'Een code bestaat uit hoofdletters, cijfers en losse liggende streepjes en begint met een letter, zoals VO_SAMENWERKING.',
      },
    ],
    [
      'an unknown question type',
      (_, q) => (q[0].type = 'slider'),
      {
        path: 'pages.0.questions.0.type',
        message: 'Kies een vraagsoort: single (één keuze), multiple (meer keuzes), number (getal), text (tekst) of scale (schaal).',
      },
    ],
    ['a misspelt field', (_, q) => (q[0].requried = true), { path: 'pages.0.questions.0', message: 'Onbekend veld: requried.' }],
    ['a number where text belongs', (_, q) => (q[0].text = 5), { path: 'pages.0.questions.0.text', message: 'Hier hoort een tekst.' }],
  ])('%s', (_, change, expected) => {
    expect(problemsAfter(change)).toContainEqual(expected);
  });

  it('reports every problem of a definition at once', () => {
    const problems = problemsAfter((_, q) => {
      q[1].code = 'FILTER';
      q[2].min = 500;
    });
    expect(problems.map((p) => p.path)).toEqual(['pages.0.questions.1.code', 'pages.0.questions.2.min']);
  });

  it('refuses what is not a definition object at all, at the top', () => {
    expect(checkDefinition([1, 2])).toEqual({ ok: false, problems: [{ path: '', message: 'Hier hoort een object.' }] });
  });
});
