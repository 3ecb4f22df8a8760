/** The check step's value of `?pagina=` and of the form's `stap`. */
export const CHECK_STEP = 'controleren';

/**
 * What an ordinary form post (no JavaScript yet) hands back to the page it
 * re-renders when it does not move on: the step to show, what was typed on it
 * (a refused number kept as typed), the refusals per form key, or that someone
 * else saved meanwhile. Null: nothing posted, the page as usual.
 */
export type PostedForm = {
  /** A page's code, or CHECK_STEP. */
  step: string;
  values: Record<string, string | string[]>;
  errors: { key: string; message: string }[];
  conflict: boolean;
} | null;
