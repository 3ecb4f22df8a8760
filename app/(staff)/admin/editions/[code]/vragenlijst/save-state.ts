import type { EditorProblem } from './model/check';

/** One saved difference, in words: where, what it was, what it is. */
export type SavedChange = { path: string; where: string; from: string; to: string };

/**
 * What saving from the editor answers: the changes and the version to save
 * from next, or why nothing was stored (problems by field path; `stale` when
 * another save came first).
 */
export type EditorSaveState =
  | { ok: true; changes: SavedChange[]; version: string }
  | { ok: false; message?: string; stale?: true; problems?: EditorProblem[]; errors?: Record<string, string[]> };
