import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { partFile, readTypeNames, registries, renderRegistries, typeParts, typesFolder } from '@/scripts/question-types.mjs';

/*
 * The registries in lib/questionnaire/types/registry/ are written by
 * scripts/question-types.mjs from type-names.json; a hand edit, or a name
 * added without running the script, is caught here.
 */

describe('question type registries', () => {
  const names = readTypeNames();

  it('are the files the script writes from type-names.json', () => {
    const folder = path.join(typesFolder, 'registry');
    for (const [file, text] of renderRegistries(names)) expect(fs.readFileSync(path.join(folder, file), 'utf8'), file).toBe(text);
    expect(fs.readdirSync(folder).sort()).toEqual(registries.map((r) => r.file).sort());
  });

  it("list a folder for each name, holding every surface's part", () => {
    for (const name of names) {
      for (const part of typeParts) {
        const found = ['.ts', '.tsx'].some((ext) => fs.existsSync(path.join(typesFolder, name, partFile(part) + ext)));
        expect(found, `${name}/${part}`).toBe(true);
      }
    }
    expect(new Set(names).size).toBe(names.length);
  });
});
