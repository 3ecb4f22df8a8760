import { describe, expect, it, vi } from 'vitest';
import { safeCallbackPath } from './callback-path';

vi.mock('./secret', () => ({ getAuthSecret: () => 'test-secret' }));
vi.mock('@/db/client', () => ({ getDb: () => ({}) }));

const { getAuthOptions } = await import('./options');

const origin = 'https://enquete.example';

// What `/login?callbackUrl=...` carries once the query string is decoded.
const hostile: [string, string][] = [
  ['a tab that browsers drop, leaving //evil.example', '/\t/evil.example/phish'],
  ['a tab after the first slash', '/\tevil.example'],
  ['a newline (an invalid Location header)', '/\n/evil.example'],
  ['a carriage return and line feed', '/admin\r\nSet-Cookie: x=1'],
  ['a protocol-relative URL', '//evil.example/'],
  ['a backslash that browsers read as a slash', '/\\evil.example'],
  ['two backslashes', '\\\\evil.example'],
  ['credentials that look like our host', 'https://enquete.example@evil.example/'],
  ['another origin', 'https://evil.example'],
  ['our host on another port', 'https://enquete.example:8443/admin'],
  ['our host over plain http', 'http://enquete.example/admin'],
  ['a javascript: URL', 'javascript:alert(document.cookie)'],
  ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
  ['a path that resolves to //evil.example', '/.//evil.example'],
  ['a dot segment path that resolves to //evil.example', '/a/..//evil.example'],
  ['a non-breaking space', '/\u00a0/evil.example'],
  ['a zero-width space', '/\u200b/evil.example'],
  ['a right-to-left override', '/admin/\u202eelpmaxe'],
  ['nothing', ''],
];

describe('safeCallbackPath', () => {
  it.each(hostile)('sends %s to /admin', (_, target) => {
    expect(safeCallbackPath(target, origin)).toBe('/admin');
  });

  it('keeps a same-origin path with its query and fragment', () => {
    expect(safeCallbackPath('/admin/users?x=1', origin)).toBe('/admin/users?x=1');
    expect(safeCallbackPath('/admin/editions/2022-2023/results?province=Utrecht#tabel', origin)).toBe(
      '/admin/editions/2022-2023/results?province=Utrecht#tabel',
    );
    expect(safeCallbackPath('https://enquete.example/admin/api-keys', origin)).toBe('/admin/api-keys');
    // Encoded, a tab or a slash stays part of one path on our site.
    expect(safeCallbackPath('/%09/evil.example/phish', origin)).toBe('/%09/evil.example/phish');
  });

  it('without an origin, keeps relative paths only', () => {
    expect(safeCallbackPath('/admin/users?tab=1')).toBe('/admin/users?tab=1');
    expect(safeCallbackPath('https://enquete.example/admin')).toBe('/admin');
    expect(safeCallbackPath('/\t/evil.example/phish')).toBe('/admin');
    expect(safeCallbackPath(undefined)).toBe('/admin');
    expect(safeCallbackPath(null)).toBe('/admin');
  });
});

describe("next-auth's redirect after signing in or out", () => {
  const redirect = (url: string) => getAuthOptions().callbacks!.redirect!({ url, baseUrl: origin });

  it.each(hostile)('sends %s to /admin on our origin', async (_, url) => {
    await expect(redirect(url)).resolves.toBe(`${origin}/admin`);
  });

  it('keeps same-origin targets, absolute or relative', async () => {
    await expect(redirect('/admin/users?x=1')).resolves.toBe(`${origin}/admin/users?x=1`);
    await expect(redirect(`${origin}/login?uitgelogd=1`)).resolves.toBe(`${origin}/login?uitgelogd=1`);
  });
});
