import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { questionSchema } from '@/lib/questionnaire/definition';
import { questionTypes } from '@/lib/questionnaire/types';

/*
 * docs/architecture.md: what depends on a question's type lives in its module
 * (lib/questionnaire/types/) and its components. Anything else asks the
 * module, so a new type cannot be forgotten in a sixteenth switch.
 */

const roots = ['app', 'lib', 'db', 'cli', 'bench', 'proxy.ts'];
/** The type modules and the components per type. */
const perTypeFolders = [
  'lib/questionnaire/types/',
  'app/(respondent)/_components/fields/',
  'app/(respondent)/r/[token]/afdrukken/answers/',
  'app/(staff)/admin/editions/[code]/results/summaries/',
  'app/(staff)/admin/editions/[code]/vragenlijst/types/',
];

function sourceFiles(entry: string): string[] {
  const stat = fs.statSync(entry);
  if (stat.isFile()) return /\.(ts|tsx)$/.test(entry) && !/\.test\.ts$/.test(entry) ? [entry] : [];
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
];

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

  it('are told apart only in their own modules and components', () => {
    const offenders = roots
      .flatMap(sourceFiles)
      .map((file) => file.split(path.sep).join('/'))
      .filter((file) => !perTypeFolders.some((folder) => file.startsWith(folder)))
      .flatMap((file) =>
        fs
          .readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, i) => (typeComparisons.some((pattern) => pattern.test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(offenders).toEqual([]);
  });
});
