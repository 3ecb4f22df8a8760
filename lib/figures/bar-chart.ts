import messages from '@/messages/nl/results.json';
import { fillTemplate } from '@/lib/wording/results';

/**
 * Horizontal bar charts as SVG text, drawn on the server: the page inlines the
 * same markup that the download route serves, so what is printed, shown and
 * downloaded is one drawing and the browser runs no chart code.
 */

const text = messages.results;

// Fixed colours (not CSS variables): a downloaded file has no stylesheet.
const BAR = '#0b5394';
const PREVIOUS = '#b3541e';
const TEXT = '#1b1f24';
const MUTED = '#4a5360';
const GRID = '#c9cfd8';

/** The page's drawing beside its labels, and a phone's with each label above its bar. */
type ChartLayout = 'wide' | 'narrow';

const LAYOUTS = {
  wide: { width: 820, labelWidth: 340, barWidth: 280, labelChars: 38, headingChars: 90 },
  // About a phone's width at 1:1, so its 13 px text stays 13 px on a 320 px screen.
  narrow: { width: 280, labelWidth: 0, barWidth: 220, labelChars: 36, headingChars: 32 },
} as const;
const LINE_HEIGHT = 16;
const ROW_PADDING = 10;

const integerFormat = new Intl.NumberFormat('nl-NL');

export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function wrap(label: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export type ChartRow = { label: string; count: number; percent: number | null; previousPercent: number | null; emphasis?: boolean };

export type BarChartOptions = {
  /** Unique on the page: the drawing's title is referenced by id. */
  id: string;
  /** This edition's code: the legend names the bars by it. */
  edition: string;
  /** The previous edition drawn as marks beside the bars, if any. */
  previousEdition: string | null;
  layout?: ChartLayout;
  /**
   * A file of its own (the download): sized in pixels and headed by the
   * question and its base with N, which on the page stand above the drawing.
   */
  standalone?: boolean;
};

function textLines(lines: string[], x: number, y: number, attributes: string): string {
  return (
    `<text x="${x}" y="${y}" dominant-baseline="middle" ${attributes}>` +
    lines.map((l, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : LINE_HEIGHT}">${escapeXml(l)}</tspan>`).join('') +
    `</text>`
  );
}

/** What a drawing says above its bars when it stands alone: the question and its base with N. */
export type ChartHeading = { text: string; base: { label: string; n: number } };

/** The question and its base (standalone only), then the legend; returns where the bars start. */
function heading(question: ChartHeading, options: BarChartOptions, rows: ChartRow[], parts: string[]): number {
  const size = LAYOUTS[options.layout ?? 'wide'];
  // A question new this year has no marks: the legend names only what is drawn.
  const marked = options.previousEdition !== null && rows.some((row) => row.previousPercent !== null);
  let y = 14;
  if (options.standalone) {
    const title = wrap(question.text, size.headingChars);
    parts.push(textLines(title, 0, y, `fill="${TEXT}" font-weight="bold" font-size="15"`));
    y += title.length * LINE_HEIGHT + 6;
    const base = wrap(
      fillTemplate(text.baseWithN, { label: question.base.label, n: integerFormat.format(question.base.n) }),
      size.headingChars + 6,
    );
    parts.push(textLines(base, 0, y, `fill="${MUTED}" font-style="italic"`));
    y += base.length * LINE_HEIGHT + 6;
  }
  parts.push(
    `<g data-legend=""><rect x="0" y="${y - 6}" width="16" height="12" fill="${BAR}"/>` +
      `<text x="22" y="${y}" dominant-baseline="middle" fill="${TEXT}">${escapeXml(fillTemplate(text.chart.legendCurrent, { edition: options.edition }))}</text>` +
      (marked && options.previousEdition
        ? `<line x1="${size.width / 2}" x2="${size.width / 2}" y1="${y - 8}" y2="${y + 8}" stroke="${PREVIOUS}" stroke-width="3"/>` +
          `<text x="${size.width / 2 + 8}" y="${y}" dominant-baseline="middle" fill="${TEXT}">${escapeXml(fillTemplate(text.chart.legendPrevious, { edition: options.previousEdition }))}</text>`
        : '') +
      `</g>`,
  );
  return y + LINE_HEIGHT;
}

/** What a drawing of bars needs beyond its rows: the base of the shares, the title, and optionally a description and lines below the bars. */
export type BarsContent = {
  /** The base of the rows' percentages, named in each bar's tooltip. */
  n: number;
  title: string;
  /** The figures in words, for screen readers (<desc>). */
  description?: string;
  /** Lines of text below the bars (such as a mean and its base). */
  notes?: string[];
};

/**
 * The one drawing of every chart of the results: a legend, a bar per row in
 * the given order (previous edition's marks beside them), and what `content`
 * adds. renderBarChartSvg draws a choice's options by share with it; other
 * distributions their rows in their own order (lib/figures/ordinal-chart.ts).
 */
export function drawBars(question: ChartHeading, rows: ChartRow[], content: BarsContent, options: BarChartOptions): string {
  const { id, previousEdition, layout = 'wide', standalone = false } = options;
  const size = LAYOUTS[layout];
  const { n, title } = content;
  const parts: string[] = [];
  let y = heading(question, options, rows, parts);
  const top = y;
  for (const row of rows) {
    const lines = wrap(row.label, size.labelChars);
    const barLength = row.percent === null ? 0 : (size.barWidth * row.percent) / 100;
    const previousX = row.previousPercent === null ? null : (size.barWidth * row.previousPercent) / 100;
    const percentText = row.percent === null ? text.noAnswers : `${row.percent}%`;
    const previousValue =
      previousEdition && row.previousPercent !== null
        ? fillTemplate(text.previousValue, { edition: previousEdition, percent: row.previousPercent })
        : '';
    const hover =
      fillTemplate(text.chart.barTitle, { option: row.label, count: row.count, n, percent: row.percent ?? 0 }) +
      (previousValue ? ` · ${previousValue}` : '');
    const weight = row.emphasis ? ' font-weight="bold"' : '';
    // Wide: the label right-aligned beside its bar. Narrow: the label above its bar, the previous value below it.
    const labelHeight = lines.length * LINE_HEIGHT;
    const height =
      layout === 'wide' ? Math.max(labelHeight, 18) + ROW_PADDING : labelHeight + 22 + (previousValue ? LINE_HEIGHT : 0) + ROW_PADDING;
    const middle = layout === 'wide' ? y + height / 2 : y + labelHeight + 10;
    const barX = size.labelWidth;
    const label =
      layout === 'wide'
        ? textLines(
            lines,
            size.labelWidth - 8,
            middle - ((lines.length - 1) * LINE_HEIGHT) / 2,
            `text-anchor="end" fill="${TEXT}"${weight}`,
          )
        : textLines(lines, 0, y + LINE_HEIGHT / 2, `fill="${TEXT}"${weight}`);
    const valueX = barX + Math.max(barLength, previousEdition && previousX !== null ? previousX : 0) + 8;
    const valueText =
      layout === 'wide'
        ? `${escapeXml(percentText)}<tspan fill="${MUTED}" font-weight="normal">${escapeXml(previousValue ? ` · ${previousValue}` : '')}</tspan>`
        : escapeXml(percentText);
    parts.push(
      `<g><title>${escapeXml(hover)}</title>` +
        label +
        `<rect x="${barX}" y="${middle - 8}" width="${barLength.toFixed(1)}" height="16" fill="${row.emphasis ? TEXT : BAR}"/>` +
        (previousEdition && previousX !== null
          ? `<line x1="${(barX + previousX).toFixed(1)}" x2="${(barX + previousX).toFixed(1)}" y1="${middle - 11}" y2="${middle + 11}" stroke="${PREVIOUS}" stroke-width="3"/>`
          : '') +
        `<text x="${valueX.toFixed(1)}" y="${middle}" dominant-baseline="middle" fill="${TEXT}" font-weight="bold">${valueText}</text>` +
        (layout === 'narrow' && previousValue
          ? `<text x="0" y="${middle + 12 + LINE_HEIGHT / 2}" dominant-baseline="middle" fill="${MUTED}">${escapeXml(previousValue)}</text>`
          : '') +
        `</g>`,
    );
    y += height;
  }
  const bottom = y;
  if (content.notes && content.notes.length > 0) {
    y += 6;
    for (const note of content.notes) {
      const lines = wrap(note, size.headingChars);
      parts.push(textLines(lines, 0, y + LINE_HEIGHT / 2, `fill="${TEXT}"`));
      y += lines.length * LINE_HEIGHT;
    }
  }
  const height = Math.ceil(y + 8);
  const axisEnd = content.notes && content.notes.length > 0 ? Math.ceil(bottom + 4) : height - 4;
  const axis =
    layout === 'wide' ? `<line x1="${size.labelWidth}" x2="${size.labelWidth}" y1="${top - 4}" y2="${axisEnd}" stroke="${GRID}"/>` : '';
  // On the page the drawing takes its box's width (CSS); a file opens at its own size.
  const dimensions = standalone ? ` width="${size.width}" height="${height}"` : '';
  const described = content.description !== undefined;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size.width} ${height}"${dimensions} role="img" aria-labelledby="${id}-title"${described ? ` aria-describedby="${id}-desc"` : ''} font-family="system-ui, Arial, sans-serif" font-size="13">` +
    `<title id="${id}-title">${escapeXml(title)}</title>` +
    (described ? `<desc id="${id}-desc">${escapeXml(content.description!)}</desc>` : '') +
    `<rect width="${size.width}" height="${height}" fill="#ffffff"/>` +
    axis +
    parts.join('') +
    `</svg>`
  );
}
