import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { _createCache, _createIntlFormatters, createTranslator } from 'use-intl/core';
import formatPrecompiled from 'use-intl/format-message/format-only';

/*
 * The production build hands next-intl its messages precompiled
 * (i18n/precompile-loader.js, next.config.js) and formats them with use-intl's
 * small formatter. Every message must read as next-intl formats the plain
 * message at run time, as `next dev` and the tests do.
 */

const loader = createRequire(import.meta.url)('../i18n/precompile-loader.js') as (this: object, source: string) => void;
const folder = path.join(process.cwd(), 'messages/nl');

function precompile(file: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const context = {
      resourcePath: file,
      async: () => (error: Error | null, output?: string) => {
        if (error) return reject(error);
        resolve(JSON.parse(JSON.parse(/^export default JSON\.parse\((.*)\);$/s.exec(output!)![1])));
      },
    };
    loader.call(context, fs.readFileSync(file, 'utf8'));
  });
}

type Leaf = { key: string; plain: string; compiled: unknown };
function leaves(plain: Record<string, unknown>, compiled: Record<string, unknown>, prefix = ''): Leaf[] {
  return Object.entries(plain).flatMap(([name, value]) => {
    const key = prefix ? `${prefix}.${name}` : name;
    return typeof value === 'string'
      ? [{ key, plain: value, compiled: compiled[name] }]
      : leaves(value as Record<string, unknown>, compiled[name] as Record<string, unknown>, key);
  });
}

/**
 * Values for a compiled message's arguments: a number where it is counted
 * (plural), the given choice where it selects, else a text that shows where it went.
 */
function valuesFor(node: unknown, choice: (keys: string[]) => string, values: Record<string, string | number> = {}) {
  if (!Array.isArray(node)) return values;
  const [name, kind, branches] = node as [unknown, unknown, unknown];
  if (typeof name === 'string' && kind === undefined) values[name] ??= `«${name}»`;
  if (typeof name === 'string' && (kind === 2 || kind === 3))
    values[name] ??= Number(
      choice(
        Object.keys(branches as object)
          .map((k) => k.replace('=', ''))
          .filter((k) => /^\d+$/.test(k))
          .concat('7'),
      ),
    );
  if (typeof name === 'string' && kind === 1) values[name] ??= choice(Object.keys(branches as object));
  for (const child of node) if (typeof child === 'object') valuesFor(child, choice, values);
  if (branches && typeof branches === 'object' && !Array.isArray(branches))
    for (const branch of Object.values(branches)) valuesFor(branch, choice, values);
  return values;
}

const files = fs.readdirSync(folder).filter((name) => name.endsWith('.json'));

describe('precompiled messages', () => {
  it('read as the plain messages do at run time, for every message of every file', async () => {
    const formatters = _createIntlFormatters(_createCache());
    let compared = 0;
    for (const file of files) {
      const plain = JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8'));
      const compiled = await precompile(path.join(folder, file));
      const runtime = createTranslator({
        locale: 'nl',
        timeZone: 'Europe/Amsterdam',
        messages: plain,
        onError: (error) => {
          throw error;
        },
      });
      for (const leaf of leaves(plain, compiled)) {
        // Messages with tags are formatted with t.rich (the audit log's change); the rest with t.
        if (/<\w+>[^<]*<\/\w+>/.test(leaf.plain) && typeof leaf.compiled !== 'string') continue;
        for (const choice of [(keys: string[]) => keys[0], (keys: string[]) => keys.at(-1)!]) {
          const values = valuesFor(leaf.compiled, choice);
          const args = Object.keys(values).length > 0 ? values : undefined;
          let expected: string;
          try {
            expected = runtime(leaf.key as never, args as never);
          } catch {
            // No valid ICU ("Bearer <sleutel>"): use-intl's development build refuses it; its
            // production build, which the app runs, returns a message without values and
            // without ICU quotes as it is.
            expect(args, `${file}: ${leaf.key}`).toBeUndefined();
            expect(leaf.plain).not.toMatch(/'[{}<#|']/);
            expected = leaf.plain;
          }
          const actual = formatPrecompiled(
            leaf.key,
            leaf.compiled as never,
            args as never,
            { locale: 'nl', timeZone: 'Europe/Amsterdam', formatters } as never,
          );
          expect(actual, `${file}: ${leaf.key}`).toBe(expected);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('keeps a message that is no valid ICU and has no argument as it is', async () => {
    const compiled = await precompile(path.join(folder, 'auth.json'));
    const intro = (compiled.auth as { apiKeys: { intro: string } }).apiKeys.intro;
    expect(intro).toContain('Authorization: Bearer <sleutel>.');
  });
});
