/**
 * Security headers for every response. Kept free of Node-only imports: proxy.ts
 * and next.config.js both use it.
 *
 * Scripts: a per-request nonce plus 'strict-dynamic' (set by proxy.ts; Next.js
 * puts the nonce on its own inline and chunk scripts), so no inline script
 * without the nonce runs. Styles: 'unsafe-inline', because React `style`
 * attributes (bar widths, progress) and Next's style injection cannot carry a
 * nonce; injected CSS cannot run script, and with no remote sources allowed it
 * cannot send data anywhere either. Nothing is ever loaded from another origin.
 */
export function contentSecurityPolicy(nonce: string, { dev = false } = {}): string {
  return [
    "default-src 'self'",
    // Development (next dev) evaluates code for fast refresh; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const baseSecurityHeaders: Record<string, string> = {
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  // Invitation tokens are in URLs: no Referer may carry them to another site (or even to our own logs).
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
