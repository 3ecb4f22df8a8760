import messages from '@/messages/nl/results.json';
import { drawBars, type BarChartOptions } from '@/lib/figures/bar-chart';
import { fillTemplate } from '@/lib/wording/results';
import type { QuestionResult } from '@/lib/results/aggregate';
import { optionChartRows } from '../results';

/** A choice's chart: the at-least-one share, then the options by share (the drawing is lib/figures', the rows are the type's). */
export function renderBarChartSvg(question: QuestionResult, options: BarChartOptions): string {
  return drawBars(
    question,
    optionChartRows(question),
    { n: question.base.n, title: fillTemplate(messages.results.chart.title, { question: question.text }) },
    options,
  );
}
