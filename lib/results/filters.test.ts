import { describe, expect, it } from 'vitest';
import { filterProblemMessage, filtersToQuery, parseResultFilters } from './filters';
import { renderBarChartSvg } from '@/lib/questionnaire/types/choice/bar-chart';
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
    for (const query of [
      'name=Bibliotheek%20Assen',
      'email=info%40bibliotheek-assen.nl',
      'id=3',
      'createdAt=0',
      'name=',
      'provincie=Utrecht',
    ]) {
      const parsed = parseResultFilters(new URLSearchParams(query));
      expect(parsed.ok, query).toBe(false);
      if (parsed.ok) continue;
      const name = query.split('=')[0];
      expect(parsed.problem).toEqual({ kind: 'unknown', names: [name] });
      expect(filterProblemMessage(parsed.problem)).toBe(`Onbekend filter: ${name}. Mogelijke filters: province, sizeClass.`);
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

describe('size class filter', () => {
  it('takes a size class by its code, or by its Dutch label, stored as the code', () => {
    expect(parseResultFilters(new URLSearchParams('sizeClass=small'))).toEqual({ ok: true, filters: { sizeClass: ['small'] } });
    expect(parseResultFilters({ sizeClass: 'Middelgroot' })).toEqual({ ok: true, filters: { sizeClass: ['medium'] } });
    expect(parseResultFilters(new URLSearchParams('sizeClass=large&sizeClass=groot'))).toEqual({
      ok: true,
      filters: { sizeClass: ['large'] },
    });
    expect(parseResultFilters(new URLSearchParams('sizeClass='))).toEqual({ ok: true, filters: {} });
    expect(filtersToQuery({ sizeClass: ['small'] })).toBe('?sizeClass=small');
  });

  it('refuses a size class that does not exist, naming the ones that do (never "0 submitted" for a typo)', () => {
    for (const value of ['reusachtig', 'null', 'undefined', 'unknown']) {
      const parsed = parseResultFilters({ sizeClass: value });
      expect(parsed, value).toEqual({ ok: false, problem: { kind: 'unknownValue', names: ['sizeClass'] } });
      if (parsed.ok) continue;
      expect(filterProblemMessage(parsed.problem)).toBe(
        'Onbekende waarde voor sizeClass. Mogelijke waarden: small (klein), medium (middelgroot), large (groot).',
      );
    }
    expect(parseResultFilters({ sizeClass: ['small', 'huge'] })).toMatchObject({ ok: false, problem: { kind: 'unknownValue' } });
  });

  it('refuses a province and a size class together: a province minus its small libraries could be one library', () => {
    const both = parseResultFilters(new URLSearchParams('province=Utrecht&sizeClass=small'));
    expect(both).toEqual({ ok: false, problem: { kind: 'severalAttributes', names: ['province', 'sizeClass'] } });
    if (both.ok) return;
    expect(filterProblemMessage(both.problem)).toBe(
      'Filter op één kenmerk tegelijk, niet op province en sizeClass samen: uit het verschil tussen zulke groepen zou een kleine groep af te leiden zijn.',
    );
    // An empty value is no filter, so the form's "all provinces" beside a size class passes.
    expect(parseResultFilters(new URLSearchParams('province=&sizeClass=small'))).toEqual({ ok: true, filters: { sizeClass: ['small'] } });
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
    const svg = renderBarChartSvg(question, { id: 'c', edition: '2022-2023', previousEdition: '2021-2022' });
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('Vraag &lt;met&gt; &amp; tekens');
    expect(svg.indexOf('Groot &lt;b&gt;')).toBeLessThan(svg.indexOf('Klein'));
    expect(svg).toContain('<title>Groot &lt;b&gt;: 3 van 4 (75%) · 2021-2022: 50%</title>');
  });
});
