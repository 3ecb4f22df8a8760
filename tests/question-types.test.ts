import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { questionSchema } from '@/lib/questionnaire/definition';
import { questionTypes } from '@/lib/questionnaire/types';

/*
 * docs/architecture.md: what depends on a question's type lives in its folder
 * (lib/questionnaire/types/<type>/, shared choice code in choice/). Anything
 * else asks the type's module, so a new type cannot be forgotten in a
 * sixteenth switch: not in the application, the CLI, the demo data, the
 * benchmarks, nor in the tests and their helpers.
 */

const roots = ['app', 'lib', 'db', 'cli', 'bench', 'tests', 'e2e', 'proxy.ts', 'server.ts'];
/** The one place that tells the types apart. */
const typesFolder = 'lib/questionnaire/types/';
/** This file names the patterns it looks for. */
const self = 'tests/question-types.test.ts';

function sourceFiles(entry: string): string[] {
  if (!fs.existsSync(entry)) return [];
  const stat = fs.statSync(entry);
  if (stat.isFile()) return /\.(ts|tsx|mjs|js)$/.test(entry) ? [entry] : [];
  return fs.readdirSync(entry).flatMap((name) => sourceFiles(path.join(entry, name)));
}

const names = Object.keys(questionTypes).join('|');
const typeComparisons = [
  // question.type === 'number', q?.type !== 'single'
  /\.type\s*[!=]==?\s*['"`]/,
  // 'number' === question.type
  /['"`]\s*[!=]==?\s*[\w.?]*\.type\b/,
  // switch (question.type) { case 'single': … }
  new RegExp(`case\\s+['"\`](${names})['"\`]`),
  // numberQuestion.is(question), questionTypes.single.is(q): a type module asked "is it you?"
  /(?<!\bObject)\.is\(/,
  // questionTypes.number, questionTypes['single']: one type's module picked by name
  new RegExp(`questionTypes(\\??\\.(${names})\\b|\\[\\s*['"\`])`),
];

/** Lines outside the types folder that tell question types apart. */
function offenders(): string[] {
  return roots
    .flatMap(sourceFiles)
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => !file.startsWith(typesFolder) && file !== self)
    .flatMap((file) =>
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (typeComparisons.some((pattern) => pattern.test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
}

describe('question types', () => {
  it('have a module for every type of the definition schema, and no module without one', () => {
    const typeName = (schema: (typeof questionSchema.def.options)[number]) => schema.shape.type.def.values[0];
    const schemaTypes = questionSchema.def.options.map(typeName);
    expect(Object.keys(questionTypes).sort()).toEqual([...schemaTypes].sort());
    for (const schema of questionSchema.def.options) {
      const module = questionTypes[typeName(schema)];
      expect(module.name).toBe(typeName(schema));
      expect(module.definitionSchema).toBe(schema);
    }
  });

  it('are told apart only in their own folders', () => {
    expect(offenders()).toEqual([]);
  });
});
