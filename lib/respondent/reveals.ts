import { choiceOptions, isChoiceQuestion, type Question } from '@/lib/questionnaire/definition';
import { chosenCodes } from '@/lib/questionnaire/types/choice/type';
import type { Answers } from '@/lib/questionnaire/visibility';

/** A question of a page, with the shown questions that its options reveal (GOV.UK conditional reveal). */
export type RevealNode = {
  question: Question;
  /** Options that can reveal a question of this page: each gets a place right under it. */
  revealing: Set<string>;
  /** Per option, the shown questions it reveals now, in page order. */
  revealed: Map<string, RevealNode[]>;
};

/**
 * Per conditional question, the question of the same page it sits under: the
 * one its condition names, provided every question between the two sits
 * under it too, so that nesting never changes the order the questions are
 * asked in (the printed version and the error summary keep the page order).
 */
export function revealParents(questions: Question[]): Map<string, string> {
  const parents = new Map<string, string>();
  const isUnder = (code: string, ancestor: string): boolean => {
    for (let at = parents.get(code); at; at = parents.get(at)) if (at === ancestor) return true;
    return false;
  };
  questions.forEach((question, index) => {
    const target = question.condition?.question;
    const at = questions.findIndex((q) => q.code === target);
    if (target === undefined || at === -1 || at >= index || !isChoiceQuestion(questions[at])) return;
    if (questions.slice(at + 1, index).every((between) => isUnder(between.code, target))) parents.set(question.code, target);
  });
  return parents;
}

/**
 * The shown questions of a page as a tree: each conditional question right
 * under the option that reveals it; with several revealing options, under
 * the first one chosen.
 */
export function revealTree(questions: Question[], visible: Set<string>, answers: Answers): RevealNode[] {
  const parents = revealParents(questions);
  const nodes = new Map<string, RevealNode>(
    questions.map((question) => [question.code, { question, revealing: new Set(), revealed: new Map() }]),
  );
  const roots: RevealNode[] = [];
  for (const question of questions) {
    const node = nodes.get(question.code)!;
    const parent = nodes.get(parents.get(question.code) ?? '');
    const anyOf = question.condition?.anyOf ?? [];
    if (parent) for (const option of anyOf) parent.revealing.add(option);
    if (!visible.has(question.code)) continue;
    const host = parent && hostOption(parent.question, anyOf, answers);
    if (!parent || !host) {
      roots.push(node);
      continue;
    }
    parent.revealed.set(host, [...(parent.revealed.get(host) ?? []), node]);
  }
  return roots;
}

function hostOption(question: Question, anyOf: string[], answers: Answers): string | undefined {
  if (!isChoiceQuestion(question)) return undefined;
  const chosen = chosenCodes(answers[question.code]);
  return choiceOptions(question).find((option) => anyOf.includes(option.code) && chosen.includes(option.code))?.code;
}
