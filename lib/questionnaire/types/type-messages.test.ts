import { describe, expect, it } from 'vitest';
import { findProblems } from '../answer-schema';
import { listQuestions, parseDefinition, type Definition, type DefinitionInput } from '../definition';
import { loadBundledDefinitions } from '@/cli/seed/questionnaires';

/*
 * The messages a respondent reads at a field and in the summary: specific to
 * the question's type and subject (GOV.UK's error message patterns), never a
 * whole question text.
 */

const current = loadBundledDefinitions().find((d) => d.edition === '2022-2023')!;

const working = { VO_SAMENWERKING: 'JA', TEVREDEN: ['EXPERTISE_BIBLIOTHEEK'], KNELPUNTEN: ['PERSONELE_BEZETTING'] };

function problems(def: Definition, answers: Record<string, unknown>, mode: 'draft' | 'submit' = 'submit') {
  return findProblems(def, answers, mode).map((p) => [p.question, p.message]);
}

type QuestionInput = DefinitionInput['pages'][number]['questions'][number];

/** One page with the given questions. */
function definitionWith(...questions: QuestionInput[]): Definition {
  return parseDefinition({ edition: '2030-2031', title: 'Test', pages: [{ code: 'P', title: 'Pagina', questions }] });
}

const options = [
  { code: 'TOE', label: 'Toegenomen' },
  { code: 'GELIJK', label: 'Gelijk gebleven' },
  { code: 'AF', label: 'Afgenomen' },
];

describe('single choice', () => {
  it('asks for yes or no when the options are Ja and Nee', () => {
    expect(problems(current, {})).toEqual([['VO_SAMENWERKING', 'Kies ja of nee']]);
  });

  it("names the question's subject, or 'deze vraag' without one", () => {
    const def = definitionWith(
      {
        code: 'UREN',
        type: 'single',
        required: true,
        text: 'Hoe heeft het aantal uren zich ontwikkeld?',
        errorSubject: 'de ontwikkeling van de uren',
        options,
      },
      { code: 'ZONDER', type: 'single', required: true, text: 'Een vraag zonder onderwerp?', options },
    );
    expect(problems(def, {})).toEqual([
      ['UREN', 'Kies een antwoord bij de ontwikkeling van de uren'],
      ['ZONDER', 'Kies een antwoord bij deze vraag'],
    ]);
  });
});

describe('multiple choice', () => {
  it('asks for at least one answer, at most the maximum, and not the exclusive option with others', () => {
    expect(problems(current, { ...working, KNELPUNTEN: [] })).toEqual([['KNELPUNTEN', 'Kies minstens één antwoord bij de knelpunten']]);
    expect(
      problems(current, { ...working, TEVREDEN: ['SAMENWERKING_SCHOLEN', 'EXPERTISE_BIBLIOTHEEK', 'LEESBEVORDERING', 'MEDIAWIJSHEID'] }),
    ).toEqual([['TEVREDEN', 'Kies maximaal drie antwoorden bij wat goed ging in de samenwerking']]);
    expect(problems(current, { ...working, KNELPUNTEN: ['PERSONELE_BEZETTING', 'GEEN_KNELPUNTEN'] })).toEqual([
      ['KNELPUNTEN', "Kies 'Geen knelpunten' of andere antwoorden bij de knelpunten, niet allebei"],
    ]);
  });

  it("asks what 'Anders' means, naming the question", () => {
    expect(problems(current, { ...working, KNELPUNTEN: ['ANDERS'] })).toEqual([
      ['KNELPUNTEN__other', "Vul bij de knelpunten in wat je bedoelt met 'Anders, namelijk ...'"],
    ]);
    expect(problems(current, { ...working, KNELPUNTEN: ['ANDERS'], KNELPUNTEN__other: 'x'.repeat(501) })).toEqual([
      ['KNELPUNTEN__other', "Je toelichting bij 'Anders, namelijk ...' mag maximaal 500 tekens lang zijn (nu 501)"],
    ]);
  });
});

describe('number', () => {
  it('says which number, and how it has to be written', () => {
    expect(problems(current, { ...working, SCHOOLLOCATIES_WERKGEBIED: 2.5 })).toEqual([
      ['SCHOOLLOCATIES_WERKGEBIED', 'Vul het aantal schoollocaties in het werkgebied in als een heel getal'],
    ]);
    expect(problems(current, { ...working, SCHOOLLOCATIES_WERKGEBIED: 'veel' })).toEqual([
      ['SCHOOLLOCATIES_WERKGEBIED', 'Vul het aantal schoollocaties in het werkgebied in als een heel getal'],
    ]);
    expect(problems(current, { ...working, UREN_PER_WEEK: 'veel' })).toEqual([
      ['UREN_PER_WEEK', 'Vul het aantal uur per week in als een getal'],
    ]);
    expect(problems(current, { ...working, SCHOOLLOCATIES_WERKGEBIED: -1 })).toEqual([
      ['SCHOOLLOCATIES_WERKGEBIED', 'Het aantal schoollocaties in het werkgebied moet 0 of meer zijn'],
    ]);
    expect(problems(current, { ...working, UREN_PER_WEEK: 1000.5 })).toEqual([
      ['UREN_PER_WEEK', 'Het aantal uur per week moet 1000 of minder zijn'],
    ]);
    expect(problems(current, { ...working, SCHOOLLOCATIES_WERKGEBIED: 12, SCHOOLLOCATIES_SAMENWERKING: 13 })).toEqual([
      [
        'SCHOOLLOCATIES_SAMENWERKING',
        'Het aantal schoollocaties waarmee jouw bibliotheek samenwerkt kan niet groter zijn dan het aantal schoollocaties in het werkgebied (12)',
      ],
    ]);
  });

  it('derives the subject from the unit when the question has none', () => {
    const def = definitionWith(
      { code: 'LOCATIES', type: 'number', required: true, text: 'Hoeveel locaties?', max: 10, unit: 'schoollocaties' },
      { code: 'KAAL', type: 'number', required: true, text: 'Hoeveel?', max: 10 },
    );
    expect(problems(def, {})).toEqual([
      ['LOCATIES', 'Vul het aantal schoollocaties in'],
      ['KAAL', 'Vul het antwoord in'],
    ]);
    expect(problems(def, { LOCATIES: 11, KAAL: 0.5 })).toEqual([
      ['LOCATIES', 'Het aantal schoollocaties moet 10 of minder zijn'],
      ['KAAL', 'Vul het antwoord in als een heel getal'],
    ]);
  });
});

describe('text', () => {
  it('asks for the text and says how long it may be', () => {
    expect(problems(current, { ...working, TOELICHTING: 'x'.repeat(2001) })).toEqual([
      ['TOELICHTING', 'Je toelichting mag maximaal 2000 tekens lang zijn (nu 2001)'],
    ]);
    const def = definitionWith({ code: 'UITLEG', type: 'text', required: true, text: 'Leg uit.', maxLength: 10 });
    expect(problems(def, {})).toEqual([['UITLEG', 'Vul je antwoord in']]);
  });
});

it('no message repeats a question text', () => {
  const wrong = {
    ...working,
    KNELPUNTEN: ['FINANCIERING', 'GEEN_KNELPUNTEN', 'ANDERS'],
    SCHOOLLOCATIES_WERKGEBIED: 3,
    SCHOOLLOCATIES_SAMENWERKING: 4,
    UREN_PER_WEEK: -2,
    TOELICHTING: 'x'.repeat(2001),
  };
  const messages = problems(current, wrong).map(([, message]) => message);
  expect(messages.length).toBeGreaterThan(4);
  for (const question of listQuestions(current)) {
    for (const message of messages) expect(message).not.toContain(question.text);
  }
});
