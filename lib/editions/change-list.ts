import { describePath } from '@/lib/questionnaire/definition-paths';
import type { DefinitionChange } from './structure';

function shown(value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (Array.isArray(value)) return value.map(String).join(', ');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A definition's changes for a page: where each is in words (in the stored definition), and what it was and is. */
export function describeChanges(
  stored: unknown,
  changes: readonly DefinitionChange[],
): { path: string; where: string; from: string; to: string }[] {
  return changes.map((c) => ({ path: c.path, where: describePath(stored, c.path), from: shown(c.from), to: shown(c.to) }));
}
