import { describe, expect, it } from 'vitest';
import { MAX_AUDIT_LIMIT, parseAuditQuery } from './query-params';

const api = (query: string) => parseAuditQuery(new URLSearchParams(query), 'api');
const page = (query: string) => parseAuditQuery(new URLSearchParams(query), 'page');

describe('audit log query parameters', () => {
  it('reads the API filters, cursor and limit, with a bounded default', () => {
    expect(api('')).toEqual({ ok: true, query: { limit: 50 } });
    expect(api('action=user.created&actor=anna@example.nl&before=120&limit=200')).toEqual({
      ok: true,
      query: { action: 'user.created', actor: 'anna@example.nl', before: 120, limit: 200 },
    });
    expect(api('action=&actor=')).toEqual({ ok: true, query: { limit: 50 } });
  });

  it('refuses an unknown action, parameter, cursor or limit with a Dutch message', () => {
    const cases: [string, RegExp][] = [
      ['action=user.deleted', /Onbekende actie: user\.deleted/],
      ['actie=user.created', /Onbekende parameter: actie/],
      ['before=0', /before/],
      ['before=abc', /before/],
      ['before=99999999999999999999', /before/],
      ['limit=0', /limit.*200/],
      [`limit=${MAX_AUDIT_LIMIT + 1}`, /limit.*200/],
      ['limit=1.5', /limit/],
      ['actor=' + 'x'.repeat(321), /320/],
      ['action=user.created&action=user.disabled', /action.*één keer/],
    ];
    for (const [query, message] of cases) {
      const result = api(query);
      expect(result.ok, query).toBe(false);
      if (!result.ok) expect(result.errors.join(' '), query).toMatch(message);
    }
  });

  it("reads the page's Dutch parameter names, a fixed page size, and ignores other parameters", () => {
    expect(page('actie=user.created&persoon=cli&voor=7&utm=x')).toEqual({
      ok: true,
      query: { action: 'user.created', actor: 'cli', before: 7, limit: 50 },
    });
    expect(page('na=7')).toEqual({ ok: true, query: { after: 7, limit: 50 } });
    expect(page('voor=7&na=3').ok).toBe(false);
    expect(page('actie=iets')).toMatchObject({ ok: false, errors: [expect.stringMatching(/Onbekende actie: iets/)] });
  });
});
