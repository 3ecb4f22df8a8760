import type { EditionResults, QuestionResult } from './aggregate';

/**
 * Reading ../shared/publication/published-figures.json: which computed figure
 * each published figure is. Shared by the unit test and the end-to-end test so
 * both match published figures to results in the same way.
 */
type PublishedFigure = { question: string; option: string; percent: number; previousPercent?: number; base?: string };
export type Publication = {
  edition: string;
  previousEdition: string;
  base: { label: string; n: number };
  figures: PublishedFigure[];
};

export type ResolvedFigure = PublishedFigure & {
  /** The question as published ("(idem)" resolved to the one before). */
  questionText: string;
};

/** Replaces "(idem)" with the question of the figure before it. */
export function resolveFigures(publication: Publication): ResolvedFigure[] {
  let last = '';
  let lastBase: string | undefined;
  return publication.figures.map((figure) => {
    const idem = figure.question.trim() === '(idem)';
    const questionText = idem ? last : figure.question;
    const base = figure.base ?? (idem ? lastBase : undefined);
    last = questionText;
    lastBase = base;
    return { ...figure, base, questionText };
  });
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * A published figure's question: the one with its base wording when the
 * figure names a base (follow-ups are published in other words than asked),
 * otherwise the one with the same text.
 */
export function findPublishedQuestion(
  results: EditionResults,
  figure: ResolvedFigure,
  baseOf: (q: QuestionResult) => string | undefined,
): QuestionResult | undefined {
  if (figure.base) return results.questions.find((q) => baseOf(q) !== undefined && same(baseOf(q)!, figure.base!));
  return results.questions.find((q) => same(q.text, figure.questionText));
}

/** Whether a published option is the at-least-one share ("ervaart een of meer knelpunten (…)"). */
export function isAtLeastOneFigure(optionText: string, atLeastOneLabel: string | null | undefined): boolean {
  return !!atLeastOneLabel && optionText.trim().toLowerCase().startsWith(atLeastOneLabel.trim().toLowerCase());
}

export function sameLabel(a: string, b: string): boolean {
  return same(a, b);
}
