import { describe, expect, it } from 'vitest';
import { ordinalDistribution, type ScalePoint } from '../figures/ordinal';
import { ordinalNotes, renderOrdinalChartSvg } from '../figures/ordinal-chart';

const points: ScalePoint[] = [
  { value: 1, label: 'Zeer ontevreden' },
  { value: 2, label: null },
  { value: 3, label: null },
  { value: 4, label: null },
  { value: 5, label: 'Zeer tevreden & blij' },
];
const counts = (...perPoint: number[]) => perPoint.map((count, i) => ({ value: i + 1, count }));
const question = {
  text: 'Hoe tevreden ben je over de samenwerking?',
  base: { label: 'Alle bibliotheken die de vragenlijst hebben verstuurd', n: 45 },
};
// 40 on the scale, the most at 4; 5 "weet niet"; the previous edition asked the same scale.
const result = ordinalDistribution({
  points,
  counts: counts(2, 4, 8, 20, 6),
  apart: { label: 'Weet niet / n.v.t.', count: 5 },
  previous: { points: [1, 2, 3, 4, 5], counts: counts(4, 6, 10, 10, 10), apart: 2 },
});

/** What a reader of the drawing sees: its text elements, without title and desc, entities decoded. */
function visibleText(svg: string): string {
  return svg
    .replace(/<(title|desc)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

const desc = (svg: string) => /<desc id="([^"]+)">([^<]*)<\/desc>/.exec(svg);

describe('the chart of an ordered distribution', () => {
  it('draws a bar per point in the scale order, not by share, with the labelled ends', () => {
    const svg = renderOrdinalChartSvg(question, result, { id: 'c', edition: '2031-2032', previousEdition: null });
    const words = visibleText(svg);
    const at = ['1 – Zeer ontevreden', ' 2 ', ' 3 ', ' 4 ', '5 – Zeer tevreden & blij'].map((label) => words.indexOf(label));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // One bar per point; "weet niet" is no bar, as it is no share of the same base.
    expect(svg.match(/<rect [^>]*height="16"/g)).toHaveLength(points.length);
    expect(words).toContain('50%');
  });

  it('states the mean and median with their base, and "weet niet" apart with its own base', () => {
    const svg = renderOrdinalChartSvg(question, result, { id: 'c', edition: '2031-2032', previousEdition: null });
    const words = visibleText(svg);
    // (2 + 8 + 24 + 80 + 30) / 40 = 3.6; the 20th and 21st answers are both 4.
    expect(words).toContain('Gemiddelde 3,6, mediaan 4,0 (n = 40)');
    expect(words).toContain('Weet niet / n.v.t.: 5 van 45 (11%)');
  });

  it('is described for screen readers: its title, and every figure in the description', () => {
    const svg = renderOrdinalChartSvg(question, result, { id: 'q1', edition: '2031-2032', previousEdition: '2030-2031' });
    expect(svg).toMatch(/<svg [^>]*role="img" aria-labelledby="q1-title" aria-describedby="q1-desc"/);
    expect(svg).toContain('<title id="q1-title">Staafdiagram: Hoe tevreden ben je over de samenwerking?</title>');
    const [, id, text] = desc(svg)!;
    expect(id).toBe('q1-desc');
    expect(text).toContain('1 – Zeer ontevreden: 2 van 40 (5%) · 2030-2031: 10%');
    expect(text).toContain('4: 20 van 40 (50%) · 2030-2031: 25%');
    expect(text).toContain('Zeer tevreden &amp; blij: 6 van 40 (15%)');
    expect(text).toContain('Gemiddelde 3,6, mediaan 4,0 (n = 40)');
    // (4 + 12 + 30 + 40 + 50) / 40 = 3.4; the 20th answer is 3, the 21st 4.
    expect(text).toContain('2030-2031: gemiddelde 3,4, mediaan 3,5 (n = 40)');
    expect(text).toContain('Weet niet / n.v.t.: 5 van 45 (11%)');
  });

  it('puts the previous edition beside it only when there is one to show', () => {
    const withPrevious = renderOrdinalChartSvg(question, result, { id: 'c', edition: '2031-2032', previousEdition: '2030-2031' });
    expect(visibleText(withPrevious)).toContain('2030-2031: gemiddelde 3,4, mediaan 3,5 (n = 40)');
    expect(withPrevious).toContain('stroke="#b3541e"');
    // The previous edition's group hidden (or no previous edition): no marks, no previous figures.
    const hidden = renderOrdinalChartSvg(question, result, { id: 'c', edition: '2031-2032', previousEdition: null });
    expect(visibleText(hidden)).not.toContain('2030-2031');
    expect(desc(hidden)![2]).not.toContain('2030-2031');
    expect(hidden).not.toContain('stroke="#b3541e"');
  });

  it('says so when nobody answered on the scale, rather than drawing a mean of nothing', () => {
    const empty = ordinalDistribution({ points, counts: [], apart: { label: 'Weet niet / n.v.t.', count: 3 }, previous: null });
    expect(ordinalNotes(empty, null)).toEqual([
      'Geen antwoorden op de schaal: geen gemiddelde en mediaan',
      'Weet niet / n.v.t.: 3 van 3 (100%), niet meegeteld in de verdeling, het gemiddelde en de mediaan',
    ]);
  });

  it('as a file, carries the question and its base; on a phone, fits the screen', () => {
    const file = renderOrdinalChartSvg(question, result, { id: 'c', edition: '2031-2032', previousEdition: null, standalone: true });
    expect(visibleText(file)).toContain('Hoe tevreden ben je over de samenwerking?');
    expect(visibleText(file)).toContain('Alle bibliotheken die de vragenlijst hebben verstuurd, N: 45');
    expect(file).toMatch(/<svg[^>]* width="\d+" height="\d+"/);
    const narrow = renderOrdinalChartSvg(question, result, {
      id: 'c',
      edition: '2031-2032',
      previousEdition: '2030-2031',
      layout: 'narrow',
    });
    const width = Number(/viewBox="0 0 (\d+) /.exec(narrow)![1]);
    expect(width).toBeLessThanOrEqual(320);
    for (const x of [...narrow.matchAll(/ x="([\d.]+)"/g)].map((m) => Number(m[1]))) expect(x).toBeLessThan(width);
  });
});
