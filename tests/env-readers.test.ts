import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Settings are validated in one place (lib/env.ts); a stray process.env read
// would bypass that validation and its defaults. The exceptions are the
// framework's own build-time constants and the process launcher, which sets
// NODE_ENV before Next.js is loaded, and the build folder next.config.js takes.
const allowed = new Map<string, RegExp>([
  ['lib/env.ts', /./],
  ['server.ts', /process\.env\.NODE_ENV|process\.env, 'NODE_ENV'/],
  ['instrumentation.ts', /process\.env\.NEXT_RUNTIME/],
  ['instrumentation-node.ts', /process\.env\.NEXT_PHASE/],
  // Plain JS read by `next build` itself, before any TypeScript loads; the e2e builds use their own folder.
  ['next.config.js', /process\.env\.NEXT_DIST_DIR/],
]);
const roots = [
  'app',
  'lib',
  'db',
  'cli',
  'i18n',
  'proxy.ts',
  'server.ts',
  'instrumentation.ts',
  'instrumentation-node.ts',
  'drizzle.config.ts',
  'drizzle.pg.config.ts',
  'next.config.js',
];

function sourceFiles(entry: string): string[] {
  if (!fs.existsSync(entry)) return [];
  if (fs.statSync(entry).isFile()) return [entry];
  return fs.readdirSync(entry).flatMap((name) => sourceFiles(path.join(entry, name)));
}

describe('environment readers', () => {
  it('reads process.env only in lib/env.ts (tests aside)', () => {
    const offenders = roots
      .flatMap(sourceFiles)
      .filter((file) => /\.(ts|tsx|js|mjs)$/.test(file) && !/\.test\.tsx?$/.test(file))
      .flatMap((file) =>
        fs
          .readFileSync(file, 'utf8')
          .split('\n')
          .map((line, index) => ({ file, line, number: index + 1 }))
          .filter(({ line }) => /process\.env/.test(line) && !line.trim().startsWith('//'))
          .filter(({ file: f, line }) => !allowed.get(f.split(path.sep).join('/'))?.test(line))
          .map(({ file: f, number, line }) => `${f}:${number}: ${line.trim()}`),
      );
    expect(offenders).toEqual([]);
  });
});
