// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

// Pages get their headers (with a CSP nonce) from proxy.ts. What proxy.ts does
// not see gets fixed ones here: static chunks and images, and the JSON API,
// which is kept out of proxy.ts because a proxy pass costs every API request a
// good part of its time (see docs/benchmarks.md) and JSON needs no nonce.
const staticSecurityHeaders = [
  { key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'no-referrer' },
];
const apiHeaders = [...staticSecurityHeaders, { key: 'Cache-Control', value: 'no-store' }];

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
    return [
      ...['/_next/static/:path*', '/_next/image', '/favicon.ico'].map((source) => ({ source, headers: staticSecurityHeaders })),
      { source: '/api/:path*', headers: apiHeaders },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
