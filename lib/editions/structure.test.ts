import { describe, expect, it } from 'vitest';
import { loadBundledDefinitions } from '@/cli/seed/questionnaires';
import type { Definition } from '@/lib/questionnaire/definition';
import { compareDefinitions } from './structure';

const current = () => structuredClone(loadBundledDefinitions().at(-1)!);

function changed(edit: (def: Definition) => void) {
  const before = current();
  const after = current();
  edit(after);
  return compareDefinitions(before, after);
}

type Loose = Record<string, unknown>;
const question = (def: Definition, page: number, q: number) => def.pages[page].questions[q] as unknown as Loose;
const options = (def: Definition, page: number, q: number) => question(def, page, q).options as Loose[];

describe('comparing two definitions: structure or wording', () => {
  it('finds nothing between a definition and its copy', () => {
    expect(compareDefinitions(current(), current())).toEqual({ structural: [], wording: [] });
  });

  it('lists wording corrections with where, from and to', () => {
    const result = changed((def) => {
      question(def, 1, 0).text = 'Wat ging goed?';
      options(def, 1, 0)[1].label = 'Deskundigheid binnen de bibliotheek';
      def.pages[0].title = 'Samenwerking met scholen';
      question(def, 0, 0).description = 'Een nieuwe toelichting.';
      question(def, 1, 0).resultSentence = '{percent}% noemt {option}';
    });
    expect(result.structural).toEqual([]);
    expect(result.wording).toEqual(
      expect.arrayContaining([
        { path: 'pages.1.questions.0.text', from: expect.stringContaining('Wat ging in schooljaar 2022-2023 goed'), to: 'Wat ging goed?' },
        { path: 'pages.1.questions.0.options.1.label', from: 'Expertise binnen de bibliotheek', to: 'Deskundigheid binnen de bibliotheek' },
        { path: 'pages.0.title', from: 'Samenwerking', to: 'Samenwerking met scholen' },
        { path: 'pages.0.questions.0.description', from: null, to: 'Een nieuwe toelichting.' },
        { path: 'pages.1.questions.0.resultSentence', from: expect.any(String), to: '{percent}% noemt {option}' },
      ]),
    );
    expect(result.wording).toHaveLength(5);
  });

  it.each<[string, (def: Definition) => void, { path: string; from: unknown; to: unknown }]>([
    [
      'an added option',
      (def) => options(def, 1, 0).splice(9, 0, { code: 'DIGITAAL', label: 'Digitaal aanbod' }),
      { path: 'pages.1.questions.0.options', from: expect.not.arrayContaining(['DIGITAAL']), to: expect.arrayContaining(['DIGITAAL']) },
    ],
    [
      'a renamed option code',
      (def) => (options(def, 0, 0)[1].code = 'NOOIT'),
      { path: 'pages.0.questions.0.options', from: ['JA', 'NEE'], to: ['JA', 'NOOIT'] },
    ],
    [
      'reordered options',
      (def) => options(def, 0, 0).reverse(),
      { path: 'pages.0.questions.0.options', from: ['JA', 'NEE'], to: ['NEE', 'JA'] },
    ],
    [
      'a different maximum of choices',
      (def) => (question(def, 1, 0).maxChoices = 4),
      { path: 'pages.1.questions.0.maxChoices', from: 3, to: 4 },
    ],
    [
      'a question made optional',
      (def) => (question(def, 0, 0).required = false),
      { path: 'pages.0.questions.0.required', from: true, to: false },
    ],
    [
      'an option made exclusive',
      (def) => (options(def, 1, 0)[0].exclusive = true),
      { path: 'pages.1.questions.0.options.0.exclusive', from: null, to: true },
    ],
    [
      'a changed condition',
      (def) => ((question(def, 1, 0).condition as Loose).anyOf = ['NEE']),
      { path: 'pages.1.questions.0.condition.anyOf', from: ['JA'], to: ['NEE'] },
    ],
    [
      'a changed type',
      (def) => (question(def, 0, 0).type = 'multiple'),
      { path: 'pages.0.questions.0.type', from: 'single', to: 'multiple' },
    ],
    [
      'reordered questions',
      (def) => def.pages[1].questions.reverse(),
      { path: 'pages.1.questions', from: expect.arrayContaining(['TEVREDEN']), to: expect.arrayContaining(['TEVREDEN']) },
    ],
  ])('calls %s structural', (_, edit, change) => {
    expect(changed(edit).structural).toEqual([change]);
  });

  it('still lists the wording of matching items when an item was added beside them', () => {
    const result = changed((def) => {
      options(def, 1, 0).splice(0, 0, { code: 'NIEUW', label: 'Nieuw' });
      options(def, 1, 0)[2].label = 'Expertise in de bibliotheek';
    });
    expect(result.structural.map((c) => c.path)).toEqual(['pages.1.questions.0.options']);
    expect(result.wording).toEqual([
      { path: 'pages.1.questions.0.options.2.label', from: 'Expertise binnen de bibliotheek', to: 'Expertise in de bibliotheek' },
    ]);
  });

  it("counts the start page's texts as wording, also when the section is added or removed", () => {
    const removed = changed((def) => {
      delete def.startPage;
    });
    expect(removed.structural).toEqual([]);
    expect(removed.wording).toHaveLength(4);
    const before = current();
    const bare = current();
    delete bare.startPage;
    const withTexts = compareDefinitions(bare, before);
    expect(withTexts.structural).toEqual([]);
    expect(withTexts.wording.map((c) => c.path).sort()).toEqual([
      'startPage.contact',
      'startPage.duration',
      'startPage.privacy',
      'startPage.purpose',
    ]);
    const reworded = changed((def) => {
      def.startPage = { ...def.startPage, privacy: 'Alleen het netwerk ziet de antwoorden.' };
    });
    expect(reworded).toEqual({
      structural: [],
      wording: [{ path: 'startPage.privacy', from: before.startPage!.privacy, to: 'Alleen het netwerk ziet de antwoorden.' }],
    });
  });
});
