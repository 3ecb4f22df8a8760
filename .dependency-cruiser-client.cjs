// @ts-check
/**
 * The browser side of the import rule (docs/architecture.md): nothing a
 * client component ('use client' file) imports, directly or through other
 * modules, is server code — the database, lib/env.ts, lib/server, Node's
 * own modules or the server-only packages. Server actions ('use server'
 * files) are where the browser calls the server, so the walk stops there.
 *
 * A config of its own because stopping at the actions (doNotFollow) would
 * hide their imports from the other rules (.dependency-cruiser.cjs).
 */
const fs = require('node:fs');
const path = require('node:path');
const base = require('./.dependency-cruiser.cjs');

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Source files under `roots` whose first statement is the given directive. */
function filesWithDirective(directive, roots = ['app', 'lib']) {
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        const head = fs.readFileSync(file, 'utf8').replace(/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, '');
        if (head.startsWith(`'${directive}'`) || head.startsWith(`"${directive}"`)) found.push(file.split(path.sep).join('/'));
      }
    }
  };
  for (const root of roots) if (fs.existsSync(root)) walk(root);
  return found;
}

const clientFiles = filesWithDirective('use client');
const actionFiles = filesWithDirective('use server');
const asPattern = (files) => (files.length > 0 ? files.map((f) => `^${escapeRegExp(f)}$`) : ['^$nothing']);

const nodeBuiltins = require('node:module')
  .builtinModules.filter((m) => !m.startsWith('_'))
  .map(escapeRegExp)
  .join('|');
const serverCode = [
  '^db/',
  '^lib/env\\.ts$',
  '^lib/server/',
  `^(node:)?(${nodeBuiltins})(/|$)`,
  '^node_modules/(better-sqlite3|nodemailer|@node-rs|archiver|exceljs|csv-stringify|smtp-server|next-auth/(?!react))',
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-server-code-in-the-browser',
      comment:
        'A client component reaches server code through its imports: move the server part behind a server action or into a server component, or the browser-safe part into its own module.',
      severity: 'error',
      from: { path: asPattern(clientFiles) },
      to: { path: serverCode, reachable: true },
    },
  ],
  options: {
    ...base.options,
    doNotFollow: { path: ['node_modules', ...asPattern(actionFiles)] },
    cache: { folder: 'node_modules/.cache/dependency-cruiser-client', strategy: 'content' },
  },
};

Object.defineProperty(module.exports, 'patterns', { value: { clientFiles, actionFiles, serverCode } });
