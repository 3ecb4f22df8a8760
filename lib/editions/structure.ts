import type { Definition } from '@/lib/questionnaire/definition';
import { wordingFieldNames } from '@/lib/questionnaire/wording-fields';

const wording = wordingFieldNames;

/**
 * Optional objects that hold wording only: one present on one side alone is
 * compared as an empty one, so adding or removing the start page is a change
 * of its texts, not of the structure.
 */
const wordingSections = new Set<string>(['startPage']);

/** One difference; `null` stands for "absent". Lists of coded items compare as their code lists. */
export type DefinitionChange = { path: string; from: unknown; to: unknown };

export type DefinitionComparison = { structural: DefinitionChange[]; wording: DefinitionChange[] };

type Json = unknown;

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function sameValue(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameValue(a[key], b[key]));
  }
  return false;
}

function codesOf(list: Json[]): string[] | undefined {
  return list.every((item) => isRecord(item) && typeof item.code === 'string')
    ? list.map((item) => (item as { code: string }).code)
    : undefined;
}

/**
 * The structural and the wording differences between two valid definitions.
 * Pages, questions and options are matched by code: a list whose codes
 * differ (added, removed, renamed, reordered) is one structural change, and
 * the items present in both are compared further, under their path in `after`.
 */
export function compareDefinitions(before: Definition, after: Definition): DefinitionComparison {
  const result: DefinitionComparison = { structural: [], wording: [] };
  const walk = (a: Json, b: Json, path: (string | number)[]) => {
    const key = [...path].reverse().find((s) => typeof s === 'string');
    const where = path.join('.');
    if (key !== undefined && wording.has(key)) {
      if (!sameValue(a, b)) result.wording.push({ path: where, from: a ?? null, to: b ?? null });
      return;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
      const codesA = codesOf(a);
      const codesB = codesOf(b);
      if (codesA && codesB) {
        if (!sameValue(codesA, codesB)) result.structural.push({ path: where, from: codesA, to: codesB });
        codesB.forEach((code, j) => {
          const i = codesA.indexOf(code);
          if (i >= 0) walk(a[i], b[j], [...path, j]);
        });
      } else if (!sameValue(a, b)) {
        result.structural.push({ path: where, from: a, to: b });
      }
      return;
    }
    if (key !== undefined && wordingSections.has(key) && (isRecord(a) || isRecord(b))) {
      const [left, right] = [isRecord(a) ? a : {}, isRecord(b) ? b : {}];
      for (const k of new Set([...Object.keys(left), ...Object.keys(right)])) walk(left[k], right[k], [...path, k]);
      return;
    }
    if (isRecord(a) && isRecord(b)) {
      for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) walk(a[k], b[k], [...path, k]);
      return;
    }
    if (!sameValue(a, b)) result.structural.push({ path: where, from: a ?? null, to: b ?? null });
  };
  walk(before, after, []);
  return result;
}
