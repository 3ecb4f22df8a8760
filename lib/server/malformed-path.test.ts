import { describe, expect, it } from 'vitest';
import { hasMalformedPath } from './malformed-path';

describe('malformed paths', () => {
  it('finds escapes that cannot be decoded, anywhere in the path', () => {
    for (const url of ['/r/%E0%A4%A', '/api/v1/responses/%E0%A4%A', '/admin/editions/%E0%A4%A/results', '/%', '/x%zz', '/%C3'])
      expect(hasMalformedPath(url), url).toBe(true);
  });

  it('lets well-formed paths pass, and leaves the query string to Next.js', () => {
    for (const url of [
      '/',
      '/r/yyWb05waRnyqRDXQeCNBa0IwG2vUo0WfB4aL8YfmbUM',
      '/admin/editions/2022-2023/results?province=Noord-Brabant',
      '/caf%C3%A9',
      '/login?callbackUrl=%E0%A4%A',
    ])
      expect(hasMalformedPath(url), url).toBe(false);
  });
});
