import { describe, expect, it } from 'vitest';
import definitionFile from '@/cli/seed/questionnaires/2022-2023.json';
import { parseDefinition, type Definition } from '@/lib/questionnaire/definition';
import { changeType } from './change-type';
import { checkDraft } from './check';
import { appendItem, moveItem, newOption, newPage, newQuestion, removeItem } from '@/lib/questionnaire/types/editing/model/items';
import { getAt, isWordingPath, setAt } from '@/lib/questionnaire/types/editing/model/paths';
import { setOptionCode } from '@/lib/questionnaire/types/editing/model/option-code';
import { setQuestionCode } from './references';

const base: Definition = parseDefinition(definitionFile);

function problemsOf(definition: unknown) {
  const checked = checkDraft(definition);
  return checked.ok ? [] : checked.problems.map((p) => [p.path, p.message]);
}

describe('editing a definition', () => {
  it('sets a field without touching the rest, and removes an optional field left empty', () => {
    const edited = setAt(base, ['pages', 1, 'questions', 0, 'text'], 'Wat ging goed?');
    expect(edited.pages[1].questions[0].text).toBe('Wat ging goed?');
    expect(base.pages[1].questions[0].text).toContain('Wat ging in schooljaar 2022-2023 goed');
    expect(edited.pages[0]).toBe(base.pages[0]);
    const cleared = setAt(base, ['pages', 1, 'questions', 1, 'description'], undefined);
    expect('description' in base.pages[1].questions[1]).toBe(true);
    expect('description' in cleared.pages[1].questions[1]).toBe(false);
    expect(getAt(cleared, ['pages', 1, 'questions', 1, 'code'])).toBe('KNELPUNTEN');
  });

  it('moves an item up and down within its list, and leaves the list alone at its ends', () => {
    const options = ['pages', 1, 'questions', 0, 'options'];
    const down = moveItem(base, options, 0, 1);
    expect((getAt(down, options) as { code: string }[]).slice(0, 2).map((o) => o.code)).toEqual([
      'EXPERTISE_BIBLIOTHEEK',
      'SAMENWERKING_SCHOLEN',
    ]);
    expect(moveItem(base, options, 0, -1)).toBe(base);
    expect(moveItem(base, ['pages'], 3, 1)).toBe(base);
    expect(moveItem(base, ['pages'], 3, -1).pages.map((p) => p.code)).toEqual([
      'SAMENWERKING',
      'SUCCESSEN_KNELPUNTEN',
      'AFRONDING',
      'INZET',
    ]);
  });

  it('removes and adds items with codes of their own', () => {
    const removed = removeItem(base, ['pages', 1, 'questions'], 2);
    expect(removed.pages[1].questions.map((q) => q.code)).toEqual(['TEVREDEN', 'KNELPUNTEN']);
    const added = appendItem(base, ['pages'], newPage(base));
    expect(added.pages.at(-1)).toMatchObject({
      code: 'PAGINA_1',
      title: '',
      questions: [{ code: 'VRAAG_1', options: [{ code: 'OPTIE_1' }, { code: 'OPTIE_2' }] }],
    });
    const twice = appendItem(added, ['pages', 0, 'questions'], newQuestion(added));
    expect(twice.pages[0].questions.at(-1)!.code).toBe('VRAAG_2');
    expect(
      newOption([
        { code: 'OPTIE_1', label: 'a' },
        { code: 'OPTIE_3', label: 'b' },
      ]).code,
    ).toBe('OPTIE_2');
  });

  it('keeps the common fields on a type change and starts the new type afresh', () => {
    const path = ['pages', 1, 'questions', 0];
    const single = changeType(base, path, 'single').pages[1].questions[0];
    // Options carry over between choice types; "exclusive" and "at most" do not exist for one choice.
    expect(single).toMatchObject({
      code: 'TEVREDEN',
      type: 'single',
      required: true,
      condition: { question: 'VO_SAMENWERKING', anyOf: ['JA'] },
    });
    expect(single).not.toHaveProperty('maxChoices');
    const knelpunten = changeType(base, ['pages', 1, 'questions', 1], 'single').pages[1].questions[1];
    expect(knelpunten).not.toHaveProperty('resultAtLeastOne');
    expect((knelpunten as { options: object[] }).options.some((o) => 'exclusive' in o)).toBe(false);
    const number = changeType(setAt(base, [...path, 'description'], 'Denk aan het hele schooljaar.'), path, 'number').pages[1].questions[0];
    expect(number).toEqual({
      code: 'TEVREDEN',
      type: 'number',
      text: base.pages[1].questions[0].text,
      description: 'Denk aan het hele schooljaar.',
      required: true,
      errorSubject: 'wat goed ging in de samenwerking',
      condition: { question: 'VO_SAMENWERKING', anyOf: ['JA'] },
      resultBase: 'bibliotheken die samenwerken met het voortgezet onderwijs',
      min: 0,
      max: 100,
      integer: true,
    });
    const text = changeType(base, ['pages', 2, 'questions', 2], 'text').pages[2].questions[2];
    expect(text).toMatchObject({ type: 'text', maxLength: 1000 });
    expect(text).not.toHaveProperty('unit');
    expect(problemsOf(changeType(changeType(base, path, 'number'), path, 'multiple'))).toEqual([
      ['pages.1.questions.0.options.0.label', 'Vul dit veld in.'],
      ['pages.1.questions.0.options.1.label', 'Vul dit veld in.'],
    ]);
  });

  it('lets conditions and limits follow a renamed question or option code', () => {
    const renamed = setQuestionCode(base, ['pages', 0, 'questions', 0], 'SAMENWERKING_VO');
    expect(renamed.pages[1].questions.map((q) => q.condition?.question)).toEqual(['SAMENWERKING_VO', 'SAMENWERKING_VO', 'KNELPUNTEN']);
    expect(problemsOf(renamed)).toEqual([]);
    const limit = setQuestionCode(base, ['pages', 2, 'questions', 1], 'WERKGEBIED');
    expect(limit.pages[2].questions[2]).toMatchObject({ atMost: 'WERKGEBIED' });
    const option = setOptionCode(base, ['pages', 1, 'questions', 1], 3, 'GELD');
    expect(option.pages[1].questions[2].condition).toEqual({ question: 'KNELPUNTEN', anyOf: ['GELD'] });
    // TEVREDEN has an option FINANCIERING too: only conditions on KNELPUNTEN follow.
    expect(problemsOf(option)).toEqual([]);
  });

  it('does not guess when the old code was not unique', () => {
    const duplicate = setQuestionCode(base, ['pages', 1, 'questions', 0], 'VO_SAMENWERKING');
    const renamed = setQuestionCode(duplicate, ['pages', 1, 'questions', 0], 'TEVREDEN');
    expect(renamed.pages[1].questions[1].condition?.question).toBe('VO_SAMENWERKING');
  });

  it('tells wording from structure as the server does', () => {
    expect(isWordingPath(['pages', 0, 'questions', 0, 'text'])).toBe(true);
    expect(isWordingPath(['pages', 0, 'questions', 0, 'options', 1, 'label'])).toBe(true);
    expect(isWordingPath(['pages', 0, 'questions', 0, 'resultAtLeastOne', 'sentence'])).toBe(true);
    expect(isWordingPath(['startPage', 'purpose'])).toBe(true);
    expect(isWordingPath(['startPage', 'contact'])).toBe(true);
    expect(isWordingPath(['pages', 0, 'questions', 0, 'options', 1, 'code'])).toBe(false);
    expect(isWordingPath(['pages', 0, 'questions', 0, 'maxChoices'])).toBe(false);
    expect(isWordingPath(['pages', 0, 'questions', 0, 'condition', 'anyOf'])).toBe(false);
  });
});

describe('the browser check', () => {
  it('is the loader schema in Dutch, with where each problem is', () => {
    const tooMany = setAt(base, ['pages', 1, 'questions', 0, 'maxChoices'], 11);
    expect(checkDraft(tooMany)).toEqual({
      ok: false,
      problems: [
        {
          path: 'pages.1.questions.0.maxChoices',
          where: 'Pagina SUCCESSEN_KNELPUNTEN › vraag TEVREDEN: het maximum aantal keuzes',
          message: 'Maximaal 11 keuzes kan niet: de vraag heeft maar 10 antwoordopties.',
        },
      ],
    });
    const later = moveItem(base, ['pages'], 0, 1);
    expect(problemsOf(later)).toContainEqual([
      'pages.0.questions.0.condition.question',
      'De voorwaarde verwijst naar vraag VO_SAMENWERKING, die later komt. Een voorwaarde kan alleen naar een eerdere vraag verwijzen.',
    ]);
    expect(problemsOf(setAt(base, ['pages', 2, 'questions', 1, 'max'], '12a'))).toEqual([
      ['pages.2.questions.1.max', 'Hier hoort een getal.'],
    ]);
  });
});
