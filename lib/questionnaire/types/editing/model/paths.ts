import { wordingFieldNames } from '@/lib/questionnaire/wording-fields';

/** Where a value sits in a definition: ['pages', 1, 'questions', 0, 'text']. */
export type Path = readonly (string | number)[];

function isRecord(value: unknown): value is Record<string | number, unknown> {
  return typeof value === 'object' && value !== null;
}

export function getAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (isRecord(node) ? node[key] : undefined), root);
}

/**
 * A copy of `root` with the value at `path` replaced; `undefined` removes the
 * key (an optional field left empty is absent, as in the definition files).
 * Only the objects along the path are copied.
 */
export function setAt<T>(root: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path;
  if (Array.isArray(root)) {
    const copy = [...root];
    copy[key as number] = setAt(copy[key as number], rest, value);
    return copy as T;
  }
  const record = { ...(isRecord(root) ? root : {}) } as Record<string | number, unknown>;
  const next = setAt(record[key], rest, value);
  if (next === undefined) delete record[key];
  else record[key] = next;
  return record as T;
}

const wording = wordingFieldNames;

/**
 * Whether the field at `path` is wording, which stays editable once an
 * edition is open: as in the server's comparison (lib/editions/structure.ts),
 * everything at or under a wording field ("resultAtLeastOne.sentence").
 */
export function isWordingPath(path: Path): boolean {
  return path.some((segment) => typeof segment === 'string' && wording.has(segment));
}
