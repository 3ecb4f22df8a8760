import { describe, expect, it } from 'vitest';
import { renderResponseCurveSvg } from './chart';

const DAY = 86_400_000;
const start = new Date('2023-03-01T00:00:00Z');
const current = { start, days: 42, shownDays: 20, points: Array.from({ length: 20 }, (_, i) => i * 3) };
const previous = { start, days: 42, shownDays: 42, points: Array.from({ length: 42 }, (_, i) => i * 2), code: '2021-2022' };
const markers = [{ at: new Date(start.getTime() + 3 * DAY), label: 'Uitnodiging' }];

function viewBox(svg: string): number[] {
  return /viewBox="([^"]+)"/.exec(svg)![1].split(' ').map(Number);
}

describe('renderResponseCurveSvg', () => {
  it('scales to its box on the page: a viewBox and no fixed pixel width', () => {
    const svg = renderResponseCurveSvg({ id: 'c', current, previous, markers });
    expect(viewBox(svg)).toEqual([0, 0, 820, 320]);
    expect(svg).not.toMatch(/<svg[^>]* width="\d+"/);
  });

  it('on a phone draws about as wide as the screen, marks without labels that would collide, fewer day ticks', () => {
    const svg = renderResponseCurveSvg({ id: 'c', current, previous, markers, layout: 'narrow' });
    const [, , width] = viewBox(svg);
    expect(width).toBeLessThanOrEqual(320);
    expect(svg).toContain('data-marker="0"');
    expect(svg).toContain('<title>Uitnodiging</title>');
    expect(svg).not.toContain('>Uitnodiging</text>');
    for (const x of [...svg.matchAll(/ x="([\d.]+)"/g)].map((m) => Number(m[1]))) expect(x).toBeLessThanOrEqual(width);
  });
});
