import type { OptionResult } from '@/lib/results/aggregate';
import { wholePercent } from '@/lib/figures/percent';
import { optionSentence } from '@/lib/wording/results';
import type { FiguresContext } from '../question-type';
import type { ChoiceBase } from './type';

/* What the two choices' figures share (server side: the results' words stay out of the respondent's bundle). */

/**
 * Each option's count and share of the base, beside the previous edition's
 * share of the option with the same code (none when that edition did not
 * have it).
 */
export function optionFigures(question: ChoiceBase, { counts, previous, n }: FiguresContext, previousN: number): OptionResult[] {
  const earlier = previous?.question(question.code);
  const previousHas = (optionCode: string) => !!earlier && 'options' in earlier && earlier.options.some((o) => o.code === optionCode);
  return question.options.map((option) => {
    const count = counts.optionCount(question.code, option.code);
    const percent = wholePercent(count, n);
    const previousPercent =
      previous && previousHas(option.code) ? wholePercent(previous.optionCount(question.code, option.code), previousN) : null;
    return {
      code: option.code,
      label: option.label,
      count,
      percent,
      previousPercent,
      change: percent !== null && previousPercent !== null ? percent - previousPercent : null,
      exclusive: option.exclusive ?? false,
    };
  });
}

/** The publication-like sentence for the most chosen option that is not exclusive (null without answers). */
export function topOptionSentence(question: ChoiceBase, options: OptionResult[]): string | null {
  const top = options.filter((o) => !o.exclusive && o.count > 0).sort((a, b) => b.count - a.count)[0];
  if (!top || top.percent === null) return null;
  return optionSentence(
    question,
    question.options.find((o) => o.code === top.code)!,
    top.percent,
  );
}
