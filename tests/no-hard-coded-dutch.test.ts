import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * DEVELOPERS.md: UI text in Dutch comes from messages/nl/*.json. This finds
 * string literals in app code that read like a Dutch sentence, so a message
 * typed into a component, form schema or route handler fails here.
 */
const roots = ['app', 'lib', 'proxy.ts'];
const exempt = new Set<string>();

const dutchWord = /\b(de|het|een|je|jouw|niet|deze|dit|moet|mag|kies|vul|geen|naar|bij|van|voor|met|op|is|zijn|wordt|kan)\b/gi;

function sourceFiles(entry: string): string[] {
  const stat = fs.statSync(entry);
  if (stat.isFile()) return /\.(ts|tsx)$/.test(entry) && !/\.test\.ts$/.test(entry) ? [entry] : [];
  return fs.readdirSync(entry).flatMap((name) => sourceFiles(path.join(entry, name)));
}

/** String literals outside comments (a small scanner: enough for our own code). */
function stringLiterals(source: string): string[] {
  const found: string[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === '/' && source[i + 1] === '/') i = source.indexOf('\n', i) === -1 ? source.length : source.indexOf('\n', i);
    else if (c === '/' && source[i + 1] === '*') i = source.indexOf('*/', i + 2) + 2;
    else if (c === '/' && /[(,=:[!&|?{};]/.test(source.slice(0, i).trimEnd().slice(-1))) {
      // A regular expression literal: skip it, character classes included.
      let j = i + 1;
      let inClass = false;
      while (j < source.length && (inClass || source[j] !== '/')) {
        if (source[j] === '\\') j++;
        else if (source[j] === '[') inClass = true;
        else if (source[j] === ']') inClass = false;
        j++;
      }
      i = j + 1;
    } else if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < source.length && source[j] !== c) j += source[j] === '\\' ? 2 : 1;
      found.push(source.slice(i + 1, j));
      i = j + 1;
    } else i++;
  }
  return found;
}

function looksDutch(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length >= 3 && (text.match(dutchWord)?.length ?? 0) >= 2;
}

describe('UI text', () => {
  it('comes from the message files, not from string literals in app code', () => {
    const offenders = roots
      .flatMap(sourceFiles)
      .filter((file) => !exempt.has(file.split(path.sep).join('/')))
      .flatMap((file) =>
        stringLiterals(fs.readFileSync(file, 'utf8'))
          .filter(looksDutch)
          .map((literal) => `${file}: ${literal}`),
      );
    expect(offenders).toEqual([]);
  });
});
