import messages from '@/messages/nl/results.json';
import { drawBars, type BarChartOptions, type ChartHeading, type ChartRow } from './bar-chart';
import { formatOneDecimal, type OrdinalResult, type PointResult } from './ordinal';
import { fillTemplate } from '@/lib/wording/results';

/*
 * The SVG of an ordered distribution (lib/figures/ordinal.ts): bar-chart.ts's
 * bars, one per point in the scale's order, each point named by its number
 * and, where it has one, its label (the ends); below them the mean and median
 * with their base, the previous edition's, and the answer that counts apart,
 * which is no bar as it is no share of the same base. The figures are in the
 * drawing's <desc> as well, for screen readers.
 */

const text = messages.results;
const numberFormat = new Intl.NumberFormat('nl-NL');

/** How a point is named beside its bar and in the table: "1 – Zeer ontevreden", or "2". */
export function pointLabel(point: Pick<PointResult, 'value' | 'label'>): string {
  const value = numberFormat.format(point.value);
  return point.label ? fillTemplate(text.ordinal.point, { value, label: point.label }) : value;
}

/** The bars: every point in the scale's order. */
function ordinalRows(result: OrdinalResult): ChartRow[] {
  return result.points.map((point) => ({
    label: pointLabel(point),
    count: point.count,
    percent: point.percent,
    previousPercent: point.previousPercent,
  }));
}

/**
 * The lines below the bars, as the page may print them too: the mean and
 * median with their base, the previous edition's, and the answer apart.
 */
export function ordinalNotes(result: OrdinalResult, previousEdition: string | null): string[] {
  const summary = (values: { n: number; mean: number | null; median: number | null }) => ({
    mean: values.mean === null ? '' : formatOneDecimal(values.mean),
    median: values.median === null ? '' : formatOneDecimal(values.median),
    n: numberFormat.format(values.n),
  });
  const notes = [result.n > 0 ? fillTemplate(text.ordinal.figures, summary(result)) : text.ordinal.noFigures];
  if (previousEdition && result.previous && result.previous.n > 0) {
    notes.push(fillTemplate(text.ordinal.previousFigures, { edition: previousEdition, ...summary(result.previous) }));
  }
  if (result.apart) {
    const { label, count, percent, previousPercent } = result.apart;
    const line = fillTemplate(text.ordinal.apart, {
      label,
      count: numberFormat.format(count),
      total: numberFormat.format(result.n + count),
      percent: percent ?? 0,
    });
    notes.push(
      previousEdition && previousPercent !== null
        ? `${line} · ${fillTemplate(text.previousValue, { edition: previousEdition, percent: previousPercent })}`
        : line,
    );
  }
  return notes;
}

/** Every figure of the drawing in words: each bar as its tooltip says it, then the notes. */
function description(rows: ChartRow[], n: number, notes: string[], previousEdition: string | null): string {
  const bars = rows.map((row) => {
    const bar = fillTemplate(text.chart.barTitle, { option: row.label, count: row.count, n, percent: row.percent ?? 0 });
    return previousEdition && row.previousPercent !== null
      ? `${bar} · ${fillTemplate(text.previousValue, { edition: previousEdition, percent: row.previousPercent })}`
      : bar;
  });
  return [bars.join('; '), ...notes].join('. ');
}

/**
 * The drawing, on the page (wide and narrow, as renderBarChartSvg) and as a
 * file (`standalone`). `question` gives the heading of a file: its text and
 * the base the type reports. Only figures that may be shown reach here: a
 * group without figures has no result to draw (computeEditionResults), and
 * `previousEdition` is null when the previous edition's group is hidden.
 */
export function renderOrdinalChartSvg(question: ChartHeading, result: OrdinalResult, options: BarChartOptions): string {
  const rows = ordinalRows(result);
  const notes = ordinalNotes(result, options.previousEdition);
  return drawBars(
    question,
    rows,
    {
      n: result.n,
      title: fillTemplate(text.chart.title, { question: question.text }),
      description: description(rows, result.n, notes, options.previousEdition),
      notes,
    },
    options,
  );
}
