import { z } from 'zod';
import type { Definition } from '@/lib/questionnaire/definition';
import type { DefinitionChange } from './structure';
import { wordingFieldNames } from '@/lib/questionnaire/wording-fields';

const SCHOOL_YEAR = /^(\d{4})-(\d{4})$/;

/** An edition code for a new edition: a school year of two following years ("2023-2024"). */
export const schoolYearCodeSchema = z
  .string()
  .trim()
  .regex(SCHOOL_YEAR)
  .refine((code) => {
    const [, first, second] = SCHOOL_YEAR.exec(code) ?? [];
    return Number(second) === Number(first) + 1;
  });

export function isSchoolYear(code: string): boolean {
  return schoolYearCodeSchema.safeParse(code).success;
}

const wording = wordingFieldNames;

/**
 * A copy of `definition` with the school year `from` replaced by `to` in
 * every wording field (titles, question texts, descriptions, labels, result
 * wording), written as 2022-2023, 2022/2023 or 2022–2023; codes are never
 * touched. Only that one school year is replaced: another year in a text
 * ("sinds 2015-2016") may be meant literally, and the list of replacements
 * is shown to the admin for review.
 */
export function replaceSchoolYear(
  definition: Definition,
  from: string,
  to: string,
): { definition: Definition; replacements: DefinitionChange[] } {
  const copy = structuredClone(definition);
  const replace = schoolYearReplacer(from, to);
  if (!replace) return { definition: copy, replacements: [] };
  const replacements: DefinitionChange[] = [];

  const visit = (node: unknown, path: (string | number)[], inWording: boolean): unknown => {
    if (typeof node === 'string') {
      if (!inWording) return node;
      const replaced = replace(node);
      if (replaced !== node) replacements.push({ path: path.join('.'), from: node, to: replaced });
      return replaced;
    }
    if (Array.isArray(node)) return node.map((item, i) => visit(item, [...path, i], inWording));
    if (typeof node === 'object' && node !== null) {
      return Object.fromEntries(
        Object.entries(node).map(([key, value]) => [key, visit(value, [...path, key], inWording || wording.has(key))]),
      );
    }
    return node;
  };
  return { definition: visit(copy, [], false) as Definition, replacements };
}

/**
 * Replaces the school year `from` by `to` in a text (2022-2023, 2022/2023 or
 * 2022–2023, not inside a longer number); undefined when either is not a
 * school year. Shared by the definition's copy and the mail templates'.
 */
export function schoolYearReplacer(from: string, to: string): ((text: string) => string) | undefined {
  const source = SCHOOL_YEAR.exec(from);
  const target = SCHOOL_YEAR.exec(to);
  if (!source || !target) return undefined;
  const pattern = new RegExp(`(?<!\\d)${source[1]}([-/\u2013])${source[2]}(?!\\d)`, 'g');
  return (text) => text.replace(pattern, `${target[1]}$1${target[2]}`);
}
