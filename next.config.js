// @ts-check
const path = require('node:path');
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

// Pages get their headers (with a CSP nonce) from proxy.ts. What proxy.ts does
// not see gets fixed ones here: static chunks and images, and the JSON API,
// which is kept out of proxy.ts because a proxy pass costs every API request a
// good part of its time (see docs/benchmarks.md) and JSON needs no nonce.
// server.ts gives the respondents' saves it answers itself the same ones
// (lib/server/json-reply.ts), from the same file.
const staticSecurityHeaders = Object.entries(require('./lib/security/static-headers.json')).map(([key, value]) => ({ key, value }));
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
  // The production build (webpack, `npm run build`) hands next-intl its
  // messages precompiled, so pages format them with use-intl's 1 kB formatter
  // instead of intl-messageformat and its ICU parser (about 11 kB gzipped off
  // every page; docs/benchmarks.md, "Page weight"). The plugin's own switch
  // (experimental.messages.precompile) would compile every import of the
  // message files, but lib/ reads them as plain strings, and it refuses the
  // few that are no valid ICU; the rule's issuer limits compiling to the copy
  // i18n/messages.ts hands to next-intl (i18n/precompile-loader.js).
  // `next dev` (Turbopack) keeps plain messages and the full formatter.
  webpack(config, { dev, isServer }) {
    // As the plugin does for `precompile`; use-intl is next-intl's dependency.
    const fromNextIntl = { paths: [path.dirname(require.resolve('next-intl/plugin'))] };
    config.resolve.alias['use-intl/format-message'] = require.resolve('use-intl/format-message/format-only', fromNextIntl);
    config.module.rules.push({
      test: /\.json$/,
      include: path.resolve(__dirname, 'messages'),
      issuer: path.resolve(__dirname, 'i18n/messages.ts'),
      use: [path.resolve(__dirname, 'i18n/precompile-loader.js')],
      type: 'javascript/auto',
    });
    // next-intl's client (use-intl, with its memoizer from @formatjs) in one
    // chunk of its own: by default each layout's chunk carries a copy, and a
    // page that loads another chunk with it (the questionnaire, the sign-in
    // page) downloaded it twice.
    const splitChunks = config.optimization.splitChunks;
    if (!dev && !isServer && splitChunks) {
      splitChunks.cacheGroups = {
        ...splitChunks.cacheGroups,
        intl: {
          test: /[\\/]node_modules[\\/](next-intl|use-intl|@formatjs)[\\/]/,
          name: 'intl',
          chunks: 'all',
          priority: 35,
          enforce: true,
        },
      };
    }
    return config;
  },
  async headers() {
    return [
      ...['/_next/static/:path*', '/_next/image', '/favicon.ico'].map((source) => ({ source, headers: staticSecurityHeaders })),
      { source: '/api/:path*', headers: apiHeaders },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
