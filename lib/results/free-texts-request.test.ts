import { describe, expect, it } from 'vitest';
import { parseFreeTextsRequest } from './free-texts-request';

const parse = (query: string) => parseFreeTextsRequest(new URLSearchParams(query));

describe('the free-texts API parameters', () => {
  it('reads the question, a page and a results filter', () => {
    expect(parse('question=KNELPUNTEN')).toEqual({ ok: true, questionCode: 'KNELPUNTEN', offset: 0, limit: 50, filters: {} });
    expect(parse('question=KNELPUNTEN&offset=100&limit=200&province=Utrecht')).toEqual({
      ok: true,
      questionCode: 'KNELPUNTEN',
      offset: 100,
      limit: 200,
      filters: { province: ['Utrecht'] },
    });
  });

  it('refuses, in Dutch, what it cannot answer exactly', () => {
    expect(parse('')).toEqual({ ok: false, message: 'Geef de vraag op met question=<code>.' });
    expect(parse('question=A&question=B')).toEqual({ ok: false, message: 'Geef question hoogstens één keer op.' });
    expect(parse('question=A&limit=201')).toEqual({ ok: false, message: 'limit moet een geheel getal van 1 tot en met 200 zijn.' });
    expect(parse('question=A&limit=0')).toMatchObject({ ok: false });
    expect(parse('question=A&offset=-1')).toMatchObject({ ok: false, message: expect.stringContaining('offset moet een geheel getal') });
    expect(parse('question=A&name=Bibliotheek%20Utrecht')).toMatchObject({
      ok: false,
      message: expect.stringContaining('Onbekend filter: name.'),
    });
    expect(parse('question=A&province=Utrecht&sizeClass=small')).toMatchObject({
      ok: false,
      message: expect.stringContaining('Filter op één kenmerk tegelijk'),
    });
  });
});
