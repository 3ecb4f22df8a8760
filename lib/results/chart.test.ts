import { describe, expect, it } from 'vitest';
import type { QuestionResult } from './aggregate';
import { renderBarChartSvg } from '@/lib/questionnaire/types/choice/bar-chart';

const question: QuestionResult = {
  code: 'Q',
  text: 'Op welke gebieden werkt jouw bibliotheek samen met scholen voor voortgezet onderwijs & mbo?',
  type: 'multiple',
  base: { label: 'Alle bibliotheken die de vragenlijst hebben ingediend', n: 1234 },
  multipleAnswers: true,
  options: [
    { code: 'A', label: 'Leesbevordering', count: 600, percent: 49, previousPercent: 40, change: 9, exclusive: false },
    {
      code: 'B',
      label: 'Mediawijsheid en digitale geletterdheid in de onderbouw',
      count: 900,
      percent: 73,
      previousPercent: null,
      change: null,
      exclusive: false,
    },
  ],
  atLeastOne: null,
  sentence: null,
  numbers: null,
  ratio: null,
};

/** What a reader of the drawing sees: its text elements, without tooltips, entities decoded. */
function visibleText(svg: string): string {
  return svg
    .replace(/<title[^>]*>[\s\S]*?<\/title>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

function viewBox(svg: string): number[] {
  return /viewBox="([^"]+)"/.exec(svg)![1].split(' ').map(Number);
}

describe('renderBarChartSvg', () => {
  it('scales to its box on the page: a viewBox and no fixed pixel width', () => {
    const svg = renderBarChartSvg(question, { id: 'c', edition: '2022-2023', previousEdition: '2021-2022' });
    expect(viewBox(svg)).toHaveLength(4);
    expect(svg).not.toMatch(/<svg[^>]* width="\d+"/);
  });

  it('as a downloaded file, carries the question, its base with N and a legend of both editions', () => {
    const svg = renderBarChartSvg(question, { id: 'c', edition: '2022-2023', previousEdition: '2021-2022', standalone: true });
    const words = visibleText(svg);
    expect(words).toContain('Op welke gebieden werkt jouw bibliotheek samen met scholen voor voortgezet onderwijs & mbo?');
    expect(words).toContain('Alle bibliotheken die de vragenlijst hebben ingediend, N: 1.234');
    expect(words).toContain('2022-2023');
    expect(words).toContain('2021-2022');
    // A file opens at its own size.
    expect(svg).toMatch(/<svg[^>]* width="\d+" height="\d+"/);
  });

  it('has a legend without a previous edition too, naming only this one', () => {
    const words = visibleText(renderBarChartSvg(question, { id: 'c', edition: '2022-2023', previousEdition: null, standalone: true }));
    expect(words).toContain('2022-2023');
    expect(words).not.toContain('2021-2022');
  });

  it('leaves the previous edition out of the legend when it drew no marks (a question new this year)', () => {
    const fresh = { ...question, options: question.options.map((o) => ({ ...o, previousPercent: null, change: null })) };
    const words = visibleText(renderBarChartSvg(fresh, { id: 'c', edition: '2022-2023', previousEdition: '2021-2022', standalone: true }));
    expect(words).not.toContain('2021-2022');
  });

  it('on a phone stacks each label above its bar in a drawing about as wide as the screen', () => {
    const svg = renderBarChartSvg(question, { id: 'c', edition: '2022-2023', previousEdition: '2021-2022', layout: 'narrow' });
    const [, , width] = viewBox(svg);
    expect(width).toBeLessThanOrEqual(320);
    // Labels start at the left edge, bars below them: nothing is drawn beyond the drawing's width.
    for (const x of [...svg.matchAll(/ x="([\d.]+)"/g)].map((m) => Number(m[1]))) expect(x).toBeLessThan(width);
    expect(visibleText(svg)).toContain('Mediawijsheid en digitale');
  });
});
