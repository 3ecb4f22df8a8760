import nl from '@/messages/nl/editions.json';
import type { DefinitionProblem } from '@/lib/questionnaire/definition-problems';
import { fillTemplate } from '@/lib/fill-template';

export type EditionErrorKey = keyof typeof nl.editions.errors;

/**
 * Dutch refusals of edition changes, shared by the pages, the API and the
 * CLI. Plain substitution (the CLI and route handlers run outside
 * next-intl), plus the one plural form these messages need.
 */
export function editionMessage(key: EditionErrorKey, values: Record<string, string | number> = {}): string {
  const withPlurals = nl.editions.errors[key].replace(
    /\{(\w+), plural, one \{([^}]*)\} other \{([^}]*)\}\}/g,
    (_, name: string, one: string, other: string) => (Number(values[name]) === 1 ? one : other).replace('#', String(values[name])),
  );
  return fillTemplate(withPlurals, values);
}

/**
 * Why an edition change was refused. `errors` address fields ("closesAt",
 * "pages.0.questions.2.options") so forms can show each at its place.
 */
export type EditionFailureReason = 'unknown_edition' | 'exists' | 'invalid' | 'already_open' | 'not_open' | 'closed' | 'locked' | 'stale';

export type EditionFailure = {
  ok: false;
  reason: EditionFailureReason;
  message: string;
  errors: DefinitionProblem[];
};

export function editionFailure(
  reason: EditionFailureReason,
  key: EditionErrorKey,
  values: Record<string, string | number> = {},
  path?: string,
): EditionFailure {
  const message = editionMessage(key, values);
  return { ok: false, reason, message, errors: path === undefined ? [] : [{ path, message }] };
}
