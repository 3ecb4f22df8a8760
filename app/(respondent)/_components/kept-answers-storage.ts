import type { Answers } from '@/lib/questionnaire/visibility';

/*
 * Answers held back from the server (behind a choice that hides them) live
 * only in this tab. sessionStorage lets them outlive a reload or a reopened
 * form, for as long as the tab is open, without ever being sent. A preview
 * (no token) keeps nothing.
 */
const keptKey = (token: string) => `enquete-kept-answers:${token}`;

export function storeKeptAnswers(token: string | null, kept: Answers) {
  if (token === null) return;
  try {
    if (Object.keys(kept).length === 0) sessionStorage.removeItem(keptKey(token));
    else sessionStorage.setItem(keptKey(token), JSON.stringify(kept));
  } catch {
    // Storage full or disabled: they are still kept in the open form.
  }
}

export function readKeptAnswers(token: string | null): Record<string, unknown> {
  if (token === null) return {};
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(keptKey(token)) ?? '{}');
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
