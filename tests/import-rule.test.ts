import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * `npm run lint` runs dependency-cruiser with the two configs of the import
 * rule (docs/architecture.md). Here they run on tests/fixtures/import-rule/,
 * a miniature of the folders in which each file breaks one rule on purpose,
 * so a config that stops catching a violation fails this test rather than
 * letting the violation through lint unseen.
 */
const root = path.resolve(import.meta.dirname, '..');
const fixture = path.join(root, 'tests/fixtures/import-rule');

type Violation = { rule: { name: string }; from: string; to: string };

function cruise(config: string, folders: string[]): Violation[] {
  const run = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
      '--no-cache',
      '--config',
      path.join(root, config),
      '--output-type',
      'json',
      ...folders,
    ],
    { cwd: fixture, encoding: 'utf8' },
  );
  if (run.error) throw run.error;
  const result = JSON.parse(run.stdout) as { summary: { violations: Violation[] } };
  return result.summary.violations;
}

const found = (violations: Violation[]) => violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort();

describe('the import rule', () => {
  it('refuses domain cycles, module cycles, leaves and db/ reaching up, and lib/ importing a page', { timeout: 120_000 }, () => {
    expect(found(cruise('.dependency-cruiser.cjs', ['app', 'lib', 'db']))).toEqual([
      'db-holds-no-other-files: db/seed.ts -> lib/alpha/summary.ts',
      'db-is-only-the-database: db/seed.ts -> lib/alpha/summary.ts',
      'leaves-import-no-domain: lib/figures/share.ts -> lib/alpha/word.ts',
      'lib-is-below-app: lib/beta/uses-page.ts -> app/page.tsx',
      'no-cycle-between-domains: lib/alpha -> lib/beta',
      'no-cycle-between-domains: lib/beta -> lib/alpha',
      'no-cycle-between-modules: lib/alpha/loop-one.ts -> lib/alpha/loop-two.ts',
    ]);
    // Not among them: lib/gamma <-> lib/delta, whose way back is `import type` only.
  });

  it('refuses a client component that reaches the database, and lets one call a server action', { timeout: 120_000 }, () => {
    expect(found(cruise('.dependency-cruiser-client.cjs', ['app', 'lib']))).toEqual([
      'no-server-code-in-the-browser: app/(staff)/[code]/form.tsx -> db/client.ts',
      'no-server-code-in-the-browser: app/(staff)/[code]/form.tsx -> db/schema/index.ts',
    ]);
  });
});
