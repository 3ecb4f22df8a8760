import type { EditorProblem } from './model/check';

/** One saved difference, in words: where, what it was, what it is. */
export type SavedChange = { path: string; where: string; from: string; to: string };

/** What saving from the editor answers: the changes, or why nothing was stored (problems by field path). */
export type EditorSaveState =
  | { ok: true; changes: SavedChange[] }
  | { ok: false; message?: string; problems?: EditorProblem[]; errors?: Record<string, string[]> };
