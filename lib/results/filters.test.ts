import { describe, expect, it } from 'vitest';
import { filtersToQuery, parseResultFilters } from './filters';
import { renderBarChartSvg } from './chart';
import type { QuestionResult } from './aggregate';

describe('result filters', () => {
  it('takes any library column, drops empty values and reports unknown names', () => {
    const parsed = parseResultFilters(new URLSearchParams('province=Utrecht&province=Drenthe&name=&provincie=X'));
    expect(parsed.filters).toEqual({ province: ['Utrecht', 'Drenthe'] });
    expect(parsed.unknown).toEqual(['provincie']);
    expect(parseResultFilters({ email: 'a@b.nl', id: '3' })).toEqual({ filters: { email: ['a@b.nl'] }, unknown: ['id'] });
    expect(filtersToQuery({ province: ['Noord-Holland'] })).toBe('?province=Noord-Holland');
  });
});

describe('bar chart', () => {
  const question: QuestionResult = {
    code: 'Q',
    text: 'Vraag <met> & tekens',
    type: 'multiple',
    base: { label: 'Alle', n: 4 },
    multipleAnswers: true,
    options: [
      { code: 'A', label: 'Klein', count: 1, percent: 25, previousPercent: null, change: null, exclusive: false },
      { code: 'B', label: 'Groot <b>', count: 3, percent: 75, previousPercent: 50, change: 25, exclusive: false },
    ],
    atLeastOne: null,
    sentence: null,
    numbers: null,
    ratio: null,
  };
  it('draws bars largest first, escapes text and names the previous edition on hover', () => {
    const svg = renderBarChartSvg(question, { id: 'c', previousEdition: '2021-2022' });
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('Vraag &lt;met&gt; &amp; tekens');
    expect(svg.indexOf('Groot &lt;b&gt;')).toBeLessThan(svg.indexOf('Klein'));
    expect(svg).toContain('<title>Groot &lt;b&gt;: 3 van 4 (75%) · 2021-2022: 50%</title>');
  });
});
