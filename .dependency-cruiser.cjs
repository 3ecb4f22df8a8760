// @ts-check
/**
 * The import rule (docs/architecture.md, "Who imports whom"), checked by
 * `npm run lint`:
 *
 *   app/ → lib/<domain>/ → lib leaves (lib/figures, lib/wording, lib/api,
 *   lib/security, lib/env.ts, lib/errors.ts, lib/fill-template.ts) → db/
 *   (schema, client, migrations)
 *
 * with no cycle between two lib domains, db/ holding the database and
 * nothing else, and no production module reaching the CLI's seed, bench or
 * test code. Only run-time imports count (`tsPreCompilationDeps: false`):
 * an `import type` is erased before anything runs, so it cannot form a cycle
 * at run time. The browser side is `.dependency-cruiser-client.cjs`.
 *
 * The rules' regular expressions are exported for that config and for
 * tests/import-rule.test.ts.
 */

/** Folders under lib/ that import no domain: pure figures and wording, HTTP helpers, secrets, the environment. */
const leafFolders = ['figures', 'wording', 'api', 'security'];
/** Files directly under lib/ that are leaves too: the environment, the one failure type, the one placeholder filler. */
const leafFiles = ['env', 'errors', 'fill-template'];
const leaf = `^lib/(${leafFolders.join('|')})/|^lib/(${leafFiles.join('|')})\\.ts$`;
const notLeaf = `^lib/(?!(${leafFolders.join('|')})/|(${leafFiles.join('|')})\\.ts$)`;
const testFile = '\\.test\\.tsx?$|^tests/|^e2e/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle-between-domains',
      comment:
        'A lib domain folder may use another only if that one does not use it back, directly or through others: move the shared piece to a leaf or to the domain it belongs to.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^lib/[^/]+$' },
      to: { path: '^lib/[^/]+$', circular: true },
    },
    {
      name: 'no-cycle-between-modules',
      comment: 'Two modules that import each other, directly or through others.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'leaves-import-no-domain',
      comment:
        'lib/figures, lib/wording, lib/api, lib/security and lib/env.ts sit below every domain: they may use each other, messages/ and db/schema, nothing else of ours.',
      severity: 'error',
      from: { path: leaf },
      to: { path: `${notLeaf}|^(app|cli|bench|tests|e2e)/|^db/(?!schema/)` },
    },
    {
      name: 'db-is-only-the-database',
      comment:
        'db/ holds the schema, the client, the immediate-transaction helper, migrate.ts and the migrations; it reads lib/env.ts and nothing else of ours. Seed and demo data live in cli/seed/.',
      severity: 'error',
      from: { path: '^db/' },
      to: { path: '^(lib/(?!env\\.ts$)|app/|cli/|bench/|tests/|e2e/)' },
    },
    {
      name: 'db-holds-no-other-files',
      comment:
        "Only schema/ (the active dialect's tables), schema-sqlite/ and schema-pg/, dialect/ (what differs between them), migrations/ and migrations-pg/, client.ts, postgres.ts, transaction.ts, immediate.ts, migrate.ts and copy.ts (SQLite to PostgreSQL) belong in db/.",
      severity: 'error',
      from: {
        path: '^db/',
        pathNot:
          '^db/(schema/|schema-sqlite/|schema-pg/|dialect/|migrations/|migrations-pg/|client\\.ts$|postgres\\.ts$|transaction(\\.test)?\\.ts$|immediate\\.ts$|migrate\\.ts$|copy\\.ts$)',
      },
      to: {},
    },
    {
      name: 'lib-is-below-app',
      comment:
        'lib/ is used by pages, routes, the CLI and the server; it uses none of them (lib/server is the adapter server.ts runs: only it may be imported from the root files).',
      severity: 'error',
      from: { path: '^lib/(?!server/)', pathNot: testFile },
      to: { path: '^(app|cli|bench)/|^lib/server/|^(server|proxy|instrumentation|instrumentation-node)\\.ts$' },
    },
    {
      name: 'production-code-uses-no-seed-bench-or-tests',
      comment: 'The seed and demo data (cli/seed), benchmarks and test helpers are not part of the running app.',
      severity: 'error',
      from: { path: '^(app|lib|db)/|^(server|proxy|instrumentation|instrumentation-node)\\.ts$', pathNot: testFile },
      to: { path: '^(cli|bench|tests|e2e)/' },
    },
    {
      name: 'cli-uses-no-pages',
      comment: 'The CLI, seed and benchmarks call lib/, never a page, route or action.',
      severity: 'error',
      from: { path: '^(cli|bench)/', pathNot: testFile },
      to: { path: '^app/' },
    },
  ],
  options: {
    // Test files import across domains on purpose (a seeded database, a fixture); they are no part of the graph.
    exclude: { path: ['\\.test\\.tsx?$', '^node_modules/', '^\\.next'] },
    doNotFollow: { path: ['node_modules'] },
    tsPreCompilationDeps: false,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    cache: { folder: 'node_modules/.cache/dependency-cruiser', strategy: 'content' },
    reporterOptions: { text: { highlightFocused: true } },
  },
};

// Not enumerable: the config's schema allows no other keys.
Object.defineProperty(module.exports, 'patterns', { value: { leaf, notLeaf, testFile } });
