import { describe, expect, it } from 'vitest';
import { fillTemplate } from './fill-template';

describe('fillTemplate', () => {
  it('fills every occurrence of each named placeholder, numbers as written', () => {
    expect(fillTemplate('{n} van {total} ({n})', { n: 3, total: 12 })).toBe('3 van 12 (3)');
  });

  it('leaves a placeholder without a value as written, braces included', () => {
    expect(fillTemplate('Beste {bibliotheek}, zie {link}', { bibliotheek: 'Bibliotheek West' })).toBe('Beste Bibliotheek West, zie {link}');
    expect(fillTemplate('{a}', { a: undefined })).toBe('{a}');
  });

  it('never fills from inherited properties', () => {
    expect(fillTemplate('{constructor} {toString} {__proto__}', {})).toBe('{constructor} {toString} {__proto__}');
  });

  it('fills in one pass: a value holding a placeholder is not filled again', () => {
    expect(fillTemplate('{a} {b}', { a: '{b}', b: 'x' })).toBe('{b} x');
  });

  it('inserts values literally, with no special meaning for $ patterns', () => {
    expect(fillTemplate('code {code}', { code: "$& $1 $'" })).toBe("code $& $1 $'");
  });

  it('leaves braces that are no placeholder alone', () => {
    expect(fillTemplate('{ } {a-b} {n, plural, one {# jaar} other {# jaar}}', { n: 2, a: 1 })).toBe(
      '{ } {a-b} {n, plural, one {# jaar} other {# jaar}}',
    );
  });
});

describe('mail templates', () => {
  it('fill only the fixed placeholders, whatever else the values hold', async () => {
    const { fillMailTemplate } = await import('@/lib/mail/templates');
    const values = { bibliotheek: 'Bibliotheek West', link: 'https://x/r/abc', sluitdatum: '1 juli', contact: 'info@x.nl', editie: '2024' };
    expect(fillMailTemplate('{bibliotheek}: {link} vóór {sluitdatum} ({contact}) {editie} {onbekend}', values)).toBe(
      'Bibliotheek West: https://x/r/abc vóór 1 juli (info@x.nl) {editie} {onbekend}',
    );
  });
});
