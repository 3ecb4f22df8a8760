/**
 * What the edition forms' server actions answer (useActionState). Success
 * messages travel as keys and are worded by the form, which knows the
 * edition and the count; refusals are already Dutch.
 */
export type EditionFormState = {
  ok: boolean;
  message?: string;
  /** The definition was changed since the page was rendered. */
  stale?: true;
  messageKey?: 'saved' | 'uploaded' | 'unchanged';
  count?: number;
  errors?: Record<string, string[]>;
  /** What was typed, so a refused form shows it again. */
  values?: Record<string, string>;
  /** Definition problems: the field path, where that is in words, and what is wrong. */
  problems?: { path: string; where: string; message: string }[];
  changes?: { path: string; where: string; from: string; to: string }[];
} | null;
