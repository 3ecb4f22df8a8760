import { describe, expect, it } from 'vitest';
import { baseSecurityHeaders, contentSecurityPolicy } from './headers';

describe('security headers', () => {
  it('allows scripts only with the nonce, and no remote source at all', () => {
    const csp = contentSecurityPolicy('abc123');
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/https?:|\*/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });

  it('permits eval only for the development server', () => {
    expect(contentSecurityPolicy('n', { dev: true })).toContain("'unsafe-eval'");
  });

  it('forbids framing, sniffing and referrers', () => {
    expect(baseSecurityHeaders).toMatchObject({
      'X-Frame-Options': 'DENY',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
  });
});
