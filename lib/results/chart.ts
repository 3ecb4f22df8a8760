import messages from '@/messages/nl/results.json';
import type { OptionResult, QuestionResult } from './aggregate';
import { fillTemplate } from './wording';

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

const WIDTH = 820;
const LABEL_WIDTH = 340;
const BAR_WIDTH = 280;
const LINE_HEIGHT = 16;
const ROW_PADDING = 10;
const MAX_LABEL_CHARS = 38;

export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function wrap(label: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line && (line + ' ' + word).length > MAX_LABEL_CHARS) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Options by share, largest first; ties keep the questionnaire's order. */
export function sortByShare(options: OptionResult[]): OptionResult[] {
  return options
    .map((option, index) => ({ option, index }))
    .sort((a, b) => b.option.count - a.option.count || a.index - b.index)
    .map(({ option }) => option);
}

export type ChartRow = { label: string; count: number; percent: number | null; previousPercent: number | null; emphasis?: boolean };

/** The bars of a chart: the at-least-one share first (emphasised), then the options by share. */
export function chartRows(question: QuestionResult): ChartRow[] {
  const rows: ChartRow[] = sortByShare(question.options).map((o) => ({ label: o.label, count: o.count, percent: o.percent, previousPercent: o.previousPercent }));
  if (question.atLeastOne?.label) {
    const { label, count, percent, previousPercent } = question.atLeastOne;
    rows.unshift({ label, count, percent, previousPercent, emphasis: true });
  }
  return rows;
}

export function renderBarChartSvg(question: QuestionResult, { id, previousEdition }: { id: string; previousEdition: string | null }): string {
  const rows = chartRows(question);
  const n = question.base.n;
  const title = fillTemplate(text.chart.title, { question: question.text });
  let y = 8;
  const parts: string[] = [];
  for (const row of rows) {
    const lines = wrap(row.label);
    const height = Math.max(lines.length * LINE_HEIGHT, 18) + ROW_PADDING;
    const barLength = row.percent === null ? 0 : (BAR_WIDTH * row.percent) / 100;
    const percentText = row.percent === null ? text.noAnswers : `${row.percent}%`;
    const previousText =
      previousEdition && row.previousPercent !== null
        ? ' · ' + fillTemplate(text.previousValue, { edition: previousEdition, percent: row.previousPercent })
        : '';
    const hover = fillTemplate(text.chart.barTitle, { option: row.label, count: row.count, n, percent: row.percent ?? 0 }) + previousText;
    const middle = y + height / 2;
    const previousX = row.previousPercent === null ? 0 : (BAR_WIDTH * row.previousPercent) / 100;
    const valueX = LABEL_WIDTH + Math.max(barLength, previousEdition ? previousX : 0) + 8;
    const labelTop = middle - ((lines.length - 1) * LINE_HEIGHT) / 2;
    parts.push(
      `<g><title>${escapeXml(hover)}</title>` +
        `<text x="${LABEL_WIDTH - 8}" y="${labelTop}" text-anchor="end" dominant-baseline="middle" fill="${TEXT}"${row.emphasis ? ' font-weight="bold"' : ''}>` +
        lines.map((l, i) => `<tspan x="${LABEL_WIDTH - 8}" dy="${i === 0 ? 0 : LINE_HEIGHT}">${escapeXml(l)}</tspan>`).join('') +
        `</text>` +
        `<rect x="${LABEL_WIDTH}" y="${middle - 9}" width="${barLength.toFixed(1)}" height="18" fill="${row.emphasis ? TEXT : BAR}"/>` +
        (previousEdition && row.previousPercent !== null
          ? `<line x1="${(LABEL_WIDTH + (BAR_WIDTH * row.previousPercent) / 100).toFixed(1)}" x2="${(LABEL_WIDTH + (BAR_WIDTH * row.previousPercent) / 100).toFixed(1)}" y1="${middle - 12}" y2="${middle + 12}" stroke="${PREVIOUS}" stroke-width="3"/>`
          : '') +
        `<text x="${valueX.toFixed(1)}" y="${middle}" dominant-baseline="middle" fill="${TEXT}" font-weight="bold">${escapeXml(percentText)}<tspan fill="${MUTED}" font-weight="normal">${escapeXml(previousText)}</tspan></text>` +
        `</g>`,
    );
    y += height;
  }
  const height = y + 8;
  const axis = `<line x1="${LABEL_WIDTH}" x2="${LABEL_WIDTH}" y1="4" y2="${height - 4}" stroke="${GRID}"/>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${id}-title" font-family="system-ui, Arial, sans-serif" font-size="13">` +
    `<title id="${id}-title">${escapeXml(title)}</title>` +
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>` +
    axis +
    parts.join('') +
    `</svg>`
  );
}
