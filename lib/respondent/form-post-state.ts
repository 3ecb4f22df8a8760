/** The most values one posted choice question is read with, in the post and in the address it comes back to. */
export const MAX_POSTED_CHOICES = 100;

/** The check step's value of `?pagina=` and of the form's `stap`. */
export const CHECK_STEP = 'controleren';

/**
 * What an ordinary form post (no JavaScript yet) hands back to the page it
 * comes back to when it does not move on: the step shown, what was typed
 * there and refused (kept as typed), the messages per form key, or that
 * someone else saved meanwhile. Null: nothing posted, the page as usual.
 */
export type PostedForm = {
  /** A page's code, or CHECK_STEP. */
  step: string;
  values: Record<string, string | string[]>;
  errors: { key: string; message: string }[];
  conflict: boolean;
} | null;

/** The query parameters a post's redirect adds (lib/respondent/posted-query.ts); moving on with JavaScript drops them. */
export const POSTED_PARAMS = ['controle', 'invoer', 'melding'] as const;
