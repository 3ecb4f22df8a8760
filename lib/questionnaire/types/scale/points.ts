import type { Option } from '../choice/type';
import type { ScaleQuestion } from './type';

/*
 * A scale's answers as options: a code per point (P1 … Pn, so conditions and
 * stored rows name them as they name a choice's options) and, when the
 * question has one, the answer beside the scale ("Weet niet / niet van
 * toepassing"), which is no point and is counted apart.
 */

export const MIN_POINTS = 3;
export const MAX_POINTS = 11;

/** The code of the answer beside the scale. */
export const DONT_KNOW = 'WEET_NIET';

/** Its number in the exports: a missing value of its own beside -1 and -9, past any scale's points (lib/exports/column.ts). */
export const DONT_KNOW_VALUE = 99;

export const pointCode = (point: number) => `P${point}`;

/** The point a code stands for, or null for the answer beside the scale (or no point at all). */
export function pointOf(question: ScaleQuestion, code: unknown): number | null {
  if (typeof code !== 'string' || !/^P\d{1,2}$/.test(code)) return null;
  const point = Number(code.slice(1));
  return point >= 1 && point <= question.points ? point : null;
}

/** The points 1 … n. */
export const pointsOf = (question: ScaleQuestion) => Array.from({ length: question.points }, (_, i) => i + 1);

/** A point's own label: its label in `pointLabels`, else the end's label, else none. */
export function pointLabel(question: ScaleQuestion, point: number): string | undefined {
  const own = question.pointLabels?.[point - 1];
  if (own) return own;
  if (point === 1) return question.lowLabel;
  if (point === question.points) return question.highLabel;
  return undefined;
}

/** A point as an option: "1 (Zeer ontevreden)", "2", … */
function pointOption(question: ScaleQuestion, point: number): Option {
  const label = pointLabel(question, point);
  return { code: pointCode(point), label: label ? `${point} (${label})` : String(point) };
}

/** Every answer as an option: the points, then the answer beside the scale. */
export function scaleOptions(question: ScaleQuestion): Option[] {
  const options = pointsOf(question).map((point) => pointOption(question, point));
  if (question.dontKnow) options.push({ code: DONT_KNOW, label: question.dontKnow });
  return options;
}
