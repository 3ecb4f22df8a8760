import messages from '@/messages/nl/monitoring.json';
import { escapeXml } from '@/lib/figures/bar-chart';
import type { Curve } from './curve';
import { fillTemplate } from '@/lib/fill-template';

/**
 * The response curve as SVG text drawn on the server, like the results'
 * bar charts: this edition's cumulative submissions by day of the collection
 * period, the previous edition's beside it by the same day number, and
 * vertical marks for mailing moments.
 */

/** A moment to mark on the curve: each mailing's start (mail-events.ts). */
export type CurveMarker = { at: Date; label: string };

const text = messages.monitoring.chart;

const CURRENT = '#0b5394';
const PREVIOUS = '#b3541e';
const MARKER = '#5b6b2e';
const TEXT = '#1b1f24';
const GRID = '#c9cfd8';

/**
 * The page's drawing, and a phone's at about its width, so that the text
 * keeps its size instead of shrinking with an 820 px drawing to a few pixels.
 */
const LAYOUTS = {
  wide: { width: 820, height: 320, left: 56, right: 24, top: 24, bottom: 48, fontSize: 12, ticks: 10, markerLabels: true },
  // Mailing labels would collide here: the marks keep their tooltips, the legend says what they are.
  narrow: { width: 280, height: 240, left: 36, right: 10, top: 14, bottom: 44, fontSize: 13, ticks: 5, markerLabels: false },
} as const;
const DAY_MS = 86_400_000;

function niceMax(value: number): number {
  if (value <= 5) return 5;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * magnitude >= value) return step * magnitude;
  return 10 * magnitude;
}

export function renderResponseCurveSvg({
  id,
  current,
  previous,
  markers = [],
  layout = 'wide',
}: {
  id: string;
  current: Curve;
  previous: (Curve & { code: string }) | null;
  markers?: CurveMarker[];
  layout?: keyof typeof LAYOUTS;
}): string {
  const {
    width: WIDTH,
    height: HEIGHT,
    left: LEFT,
    right: RIGHT,
    top: TOP,
    bottom: BOTTOM,
    fontSize,
    ticks,
    markerLabels,
  } = LAYOUTS[layout];
  const days = Math.max(current.days, previous?.days ?? 0, 1);
  const top = niceMax(Math.max(...current.points, ...(previous?.points ?? []), 1));
  const plotW = WIDTH - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - BOTTOM;
  const x = (day: number) => LEFT + (plotW * day) / days;
  const y = (count: number) => TOP + plotH - (plotH * count) / top;
  // Point d (0-based) is the count at the end of day d + 1; the line starts at 0 on day 0.
  const path = (points: number[]) =>
    ['M', x(0).toFixed(1), y(0).toFixed(1), ...points.flatMap((p, d) => ['L', x(d + 1).toFixed(1), y(p).toFixed(1)])].join(' ');

  const parts: string[] = [];
  // niceMax gives 5, 10, 20, 50 ...: five steps are whole numbers.
  for (let i = 0; i <= 5; i++) {
    const value = (top * i) / 5;
    parts.push(
      `<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${y(value).toFixed(1)}" y2="${y(value).toFixed(1)}" stroke="${GRID}"/>` +
        `<text x="${LEFT - 6}" y="${y(value).toFixed(1)}" text-anchor="end" dominant-baseline="middle" fill="${TEXT}">${value}</text>`,
    );
  }
  const tickEvery = Math.max(1, Math.ceil(days / ticks));
  for (let d = 0; d <= days; d += tickEvery) {
    parts.push(`<text x="${x(d).toFixed(1)}" y="${HEIGHT - BOTTOM + 16}" text-anchor="middle" fill="${TEXT}">${d}</text>`);
  }
  parts.push(`<text x="${LEFT + plotW / 2}" y="${HEIGHT - 8}" text-anchor="middle" fill="${TEXT}">${escapeXml(text.dayAxis)}</text>`);

  for (const [index, marker] of markers.entries()) {
    const day = (marker.at.getTime() - current.start.getTime()) / DAY_MS;
    if (day < 0 || day > days) continue;
    const mx = x(day).toFixed(1);
    parts.push(
      `<g data-marker="${index}"><title>${escapeXml(marker.label)}</title>` +
        `<line x1="${mx}" x2="${mx}" y1="${TOP}" y2="${TOP + plotH}" stroke="${MARKER}" stroke-dasharray="4 3" stroke-width="2"/>` +
        (markerLabels ? `<text x="${mx}" y="${TOP - 6}" text-anchor="middle" fill="${MARKER}">${escapeXml(marker.label)}</text>` : '') +
        `</g>`,
    );
  }
  if (previous && previous.points.length > 0) {
    parts.push(
      `<path d="${path(previous.points)}" fill="none" stroke="${PREVIOUS}" stroke-width="2" stroke-dasharray="6 4"><title>${escapeXml(fillTemplate(text.previousLine, { edition: previous.code }))}</title></path>`,
    );
  }
  parts.push(
    `<path d="${path(current.points)}" fill="none" stroke="${CURRENT}" stroke-width="3"><title>${escapeXml(text.currentLine)}</title></path>`,
  );

  const last = current.points.at(-1) ?? 0;
  const previousAtSameDay =
    previous && current.points.length > 0 ? previous.points[Math.min(current.points.length, previous.points.length) - 1] : undefined;
  const title =
    fillTemplate(text.title, { count: last, day: current.points.length }) +
    (previous && previousAtSameDay !== undefined
      ? ' ' + fillTemplate(text.titlePrevious, { edition: previous.code, count: previousAtSameDay })
      : '');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${id}-title" font-family="system-ui, Arial, sans-serif" font-size="${fontSize}">` +
    `<title id="${id}-title">${escapeXml(title)}</title>` +
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>` +
    parts.join('') +
    `</svg>`
  );
}
