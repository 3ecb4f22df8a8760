import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parseDefinition, type DefinitionInput } from '@/lib/questionnaire/definition';
import { findProblems } from '@/lib/questionnaire/answer-schema';
import { freshQuestion } from '@/app/(staff)/admin/editions/[code]/vragenlijst/types/fresh';
import type { PrintT } from '../surfaces';
import scaleEditor from './editor';
import type { ScaleQuestion } from './type';
import scaleQuestion from './type';
import ScalePrinted from './printed';

/* The scale in the editor and on paper. */

const question: ScaleQuestion = {
  code: 'TEVREDEN',
  type: 'scale',
  text: 'Hoe tevreden bent u?',
  required: true,
  points: 4,
  lowLabel: 'Zeer ontevreden',
  highLabel: 'Zeer tevreden',
  dontKnow: 'Weet niet',
};

const inDefinition = (q: object): DefinitionInput =>
  ({ edition: '2031-2032', title: 'T', pages: [{ code: 'P1', title: 'Eén', questions: [q] }] }) as DefinitionInput;

describe('a scale in the editor', () => {
  it('starts as five points whose ends the schema asks to word, keeping what every question has', () => {
    const fresh = freshQuestion('scale', {
      code: 'NIEUW',
      text: 'Hoe tevreden?',
      required: false,
      condition: { question: 'FILTER', anyOf: ['JA'] },
    });
    expect(fresh).toEqual({
      code: 'NIEUW',
      type: 'scale',
      text: 'Hoe tevreden?',
      required: false,
      condition: { question: 'FILTER', anyOf: ['JA'] },
      points: 5,
      lowLabel: '',
      highLabel: '',
    });
    expect(() => parseDefinition(inDefinition({ ...fresh, condition: undefined }))).toThrow(/lowLabel[\s\S]*highLabel/);
    expect(scaleEditor.renameReferences(question, 'A', 'B')).toBe(question);
  });

  it('lets its labels be corrected once the edition is open, but not its points or whether "weet niet" is offered', () => {
    expect(scaleQuestion.wordingFields).toEqual(['lowLabel', 'highLabel', 'pointLabels']);
  });
});

describe('a scale on paper', () => {
  const t = ((key: string) => (key === 'chosen' ? '(gekozen)' : key)) as unknown as PrintT;

  it('has a circle per point and for "weet niet", the ends labelled, the library\'s answer ticked and said', () => {
    const empty = renderToStaticMarkup(createElement(ScalePrinted, { question, t, answers: null }));
    expect(empty.match(/box circle/g)).toHaveLength(5);
    expect(
      empty
        .replace(/<[^>]+>/g, '|')
        .split('|')
        .filter(Boolean),
    ).toEqual(['1 (Zeer ontevreden)', '2', '3', '4 (Zeer tevreden)', 'Weet niet']);
    const answered = renderToStaticMarkup(createElement(ScalePrinted, { question, t, answers: { TEVREDEN: 'P3' } }));
    expect(answered.match(/checked/g)).toHaveLength(1);
    expect(answered).toContain('3<span class="visually-hidden"> (gekozen)</span>');
  });

  it('is answered on paper as on screen: one point', () => {
    const def = parseDefinition(inDefinition(question));
    expect(findProblems(def, { TEVREDEN: ['P1', 'P2'] }, 'submit').map((p) => p.message)).toEqual(['Kies één antwoord uit de lijst.']);
    expect(scaleQuestion.printNotes(question, () => 1)).toEqual([{ key: 'chooseOne' }]);
  });
});
