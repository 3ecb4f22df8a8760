import { describe, expect, it } from 'vitest';
import { filterProblemMessage, filtersToQuery, parseResultFilters } from './filters';
import { renderBarChartSvg } from './chart';
import type { QuestionResult } from './aggregate';

describe('result filters', () => {
  it('takes a grouping attribute, one value, and treats an empty value as no filter', () => {
    expect(parseResultFilters(new URLSearchParams('province=Utrecht'))).toEqual({ ok: true, filters: { province: ['Utrecht'] } });
    expect(parseResultFilters({ province: ' Drenthe ' })).toEqual({ ok: true, filters: { province: ['Drenthe'] } });
    expect(parseResultFilters(new URLSearchParams('province='))).toEqual({ ok: true, filters: {} });
    expect(parseResultFilters({})).toEqual({ ok: true, filters: {} });
    expect(filtersToQuery({ province: ['Noord-Holland'] })).toBe('?province=Noord-Holland');
  });

  it("refuses a library's name, e-mail or id (one library's answers are the admins' export), naming the allowed filters", () => {
    for (const query of ['name=Bibliotheek%20Assen', 'email=info%40bibliotheek-assen.nl', 'id=3', 'createdAt=0', 'name=', 'provincie=Utrecht']) {
      const parsed = parseResultFilters(new URLSearchParams(query));
      expect(parsed.ok, query).toBe(false);
      if (parsed.ok) continue;
      const name = query.split('=')[0];
      expect(parsed.problem).toEqual({ kind: 'unknown', names: [name] });
      expect(filterProblemMessage(parsed.problem)).toBe(`Onbekend filter: ${name}. Mogelijke filters: province.`);
    }
    // A refused name is refused even beside an allowed one: never "Utrecht" figures under a silently dropped filter.
    expect(parseResultFilters(new URLSearchParams('province=Utrecht&name=Bibliotheek%20Zeist'))).toMatchObject({
      ok: false,
      problem: { kind: 'unknown', names: ['name'] },
    });
  });

  it('refuses several values for one filter (A-or-B minus B would be A alone) and over-long values', () => {
    const several = parseResultFilters(new URLSearchParams('province=Utrecht&province=Drenthe'));
    expect(several).toEqual({ ok: false, problem: { kind: 'severalValues', names: ['province'] } });
    expect(filterProblemMessage((several as { problem: Parameters<typeof filterProblemMessage>[0] }).problem)).toContain('province');
    expect(parseResultFilters({ province: 'x'.repeat(101) })).toEqual({ ok: false, problem: { kind: 'tooLong', names: ['province'] } });
    expect(parseResultFilters({ province: 'x'.repeat(100) }).ok).toBe(true);
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
