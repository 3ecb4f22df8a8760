// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

// Pages and API responses get their headers (with a CSP nonce) from proxy.ts;
// these cover what proxy.ts does not see: static chunks and images.
const staticSecurityHeaders = [
  { key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'no-referrer' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate build folders let parallel test runs (and e2e next to dev) coexist.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2'],
  poweredByHeader: false,
  typedRoutes: false,
  // forbidden() + app/forbidden.tsx for the 403 of staff pages.
  experimental: { authInterrupts: true },
  async headers() {
    return ['/_next/static/:path*', '/_next/image', '/favicon.ico'].map((source) => ({ source, headers: staticSecurityHeaders }));
  },
};

module.exports = withNextIntl(nextConfig);
