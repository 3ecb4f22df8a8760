import { describe, expect, it } from 'vitest';
import definitionJson from '@/cli/seed/questionnaires/2022-2023.json';
import { parseDefinition, type Question } from '@/lib/questionnaire/definition';
import { visibleQuestionCodes, type Answers } from '@/lib/questionnaire/visibility';
import { revealParents, revealTree, type RevealNode } from './reveals';

const definition = parseDefinition(definitionJson);
const choicesPage = definition.pages[1].questions;

/** The tree as codes: "KNELPUNTEN[FINANCIERING: FINANCIERING_MINDER_SCHOLEN]". */
function shape(nodes: RevealNode[]): string[] {
  return nodes.map((node) => {
    const inner = [...node.revealed].map(([option, children]) => `${option}: ${shape(children).join(', ')}`);
    return inner.length ? `${node.question.code}[${inner.join('; ')}]` : node.question.code;
  });
}

function treeFor(questions: Question[], answers: Answers) {
  const def = { ...definition, pages: [{ code: 'P', title: 'P', questions }] };
  return revealTree(questions, visibleQuestionCodes(def, answers), answers);
}

const single = (code: string, options: string[], condition?: Question['condition']): Question => ({
  code,
  type: 'single',
  text: code,
  required: false,
  options: options.map((o) => ({ code: o, label: o })),
  ...(condition ? { condition } : {}),
});

describe('revealTree', () => {
  it('puts the financing follow-up under "Financiering" while that is chosen', () => {
    const answers = { VO_SAMENWERKING: 'JA', KNELPUNTEN: ['BORGING', 'FINANCIERING'] };
    expect(shape(revealTree(choicesPage, visibleQuestionCodes(definition, answers), answers))).toEqual([
      'TEVREDEN',
      'KNELPUNTEN[FINANCIERING: FINANCIERING_MINDER_SCHOLEN]',
    ]);
    const without = { VO_SAMENWERKING: 'JA', KNELPUNTEN: ['BORGING'] };
    const tree = revealTree(choicesPage, visibleQuestionCodes(definition, without), without);
    expect(shape(tree)).toEqual(['TEVREDEN', 'KNELPUNTEN']);
    // The place stays there, empty, for the box to point at.
    expect([...tree[1].revealing]).toEqual(['FINANCIERING']);
  });

  it('leaves a question whose condition is on another page where it is', () => {
    expect(revealParents(definition.pages[2].questions).size).toBe(0);
  });

  it('nests chains, and picks the first chosen of several revealing options', () => {
    const questions = [
      single('A', ['X', 'Y', 'Z']),
      single('B', ['JA', 'NEE'], { question: 'A', anyOf: ['Z', 'Y'] }),
      single('C', ['JA'], { question: 'B', anyOf: ['JA'] }),
    ];
    expect(shape(treeFor(questions, { A: 'Z', B: 'JA' }))).toEqual(['A[Z: B[JA: C]]']);
    expect(shape(treeFor(questions, { A: 'Y', B: 'NEE' }))).toEqual(['A[Y: B]']);
  });

  it('does not move a question above one that is asked between it and its condition', () => {
    const questions = [single('A', ['X']), single('B', ['JA']), single('C', ['JA'], { question: 'A', anyOf: ['X'] })];
    expect(revealParents(questions).size).toBe(0);
    expect(shape(treeFor(questions, { A: 'X' }))).toEqual(['A', 'B', 'C']);
  });
});
