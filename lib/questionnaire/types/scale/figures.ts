import type { QuestionResult } from '@/lib/results/aggregate';
import type { EditionCounts } from '@/lib/results/compare';
import { ordinalDistribution, type OrdinalResult } from '@/lib/figures/ordinal';
import type { ValueCount } from '@/lib/figures/number-stats';
import type { Question } from '../../definition';
import { noFigures, type ExportCell, type FiguresContext } from '../question-type';
import { commonResultFields, type ResultTableWords } from '../results';
import type { ScaleQuestion } from './type';
import { DONT_KNOW, pointCode, pointLabel, pointsOf } from './points';

/*
 * A scale's figures: the distribution over its points in their order, the
 * mean and median to one decimal over the answers on the scale (its base),
 * the answer beside the scale as a share of its own, and the previous
 * edition's beside them (lib/results/ordinal.ts works them out). They ride
 * beside the common figures as `scale`, which only this folder reads.
 */

export type ScaleFigures = ReturnType<typeof noFigures> & { scale: OrdinalResult };
export type ScaleResult = QuestionResult & { scale: OrdinalResult };

/** A scale's figures from a result that its type worked out. */
export const scaleOf = (result: QuestionResult) => (result as ScaleResult).scale;

/** How often each point was given: the point's code rows, counted by the points' codes. */
function pointCounts(question: Pick<ScaleQuestion, 'code' | 'points'>, counts: EditionCounts): ValueCount[] {
  return pointsOf(question as ScaleQuestion).map((point) => ({ value: point, count: counts.optionCount(question.code, pointCode(point)) }));
}

/** The previous edition's question of the same code, when it was a scale too (same points or not: ordinal.ts compares). */
function previousScale(previous: EditionCounts, code: string): (Question & { points: number; dontKnow?: string }) | null {
  const earlier = previous.question(code);
  return earlier && 'points' in earlier && 'lowLabel' in earlier ? (earlier as Question & { points: number; dontKnow?: string }) : null;
}

export function scaleFigures(question: ScaleQuestion, { counts, previous }: FiguresContext): ScaleFigures {
  const earlier = previous ? previousScale(previous, question.code) : null;
  const scale = ordinalDistribution({
    points: pointsOf(question).map((value) => ({ value, label: pointLabel(question, value) ?? null })),
    counts: pointCounts(question, counts),
    apart: question.dontKnow ? { label: question.dontKnow, count: counts.optionCount(question.code, DONT_KNOW) } : null,
    previous:
      previous && earlier
        ? {
            points: pointsOf(earlier as ScaleQuestion),
            counts: pointCounts(earlier as ScaleQuestion, previous),
            apart: earlier.dontKnow ? previous.optionCount(question.code, DONT_KNOW) : null,
          }
        : null,
  });
  return { ...noFigures(), scale };
}

/** The API's fields: the common ones (no options: the points are in `scale`), then the scale's figures. */
export function scaleResultFields(result: QuestionResult) {
  const { n, mean, median, points, apart, previous } = scaleOf(result);
  return { ...commonResultFields(result), scale: { n, mean, median, points, dontKnow: apart, previous } };
}

/** The results table's rows: a row per point, the answer beside the scale, then the mean and median with their base. */
export function scaleTableRows(result: QuestionResult, words: ResultTableWords): ExportCell[][] {
  const scale = scaleOf(result);
  const rows: ExportCell[][] = scale.points.map((p) => [
    p.label ? `${p.value} – ${p.label}` : String(p.value),
    p.count,
    p.percent ?? '',
    p.previousPercent ?? '',
  ]);
  if (scale.apart) rows.push([scale.apart.label, scale.apart.count, scale.apart.percent ?? '', scale.apart.previousPercent ?? '']);
  rows.push([words.mean, scale.mean ?? '']);
  rows.push([words.median, scale.median ?? '']);
  return rows;
}
