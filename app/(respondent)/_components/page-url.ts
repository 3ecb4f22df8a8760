import { CHECK_STEP, POSTED_PARAMS } from '@/lib/respondent/form-post-state';

/** The page of the questionnaire in the address (?pagina=2, or ?pagina=controleren for the check step), so a reload comes back to it. */
export function setPageInUrl(pageNumber: number | typeof CHECK_STEP) {
  const url = new URL(window.location.href);
  url.searchParams.set('pagina', String(pageNumber));
  // What a post without JavaScript came back with belongs to the page it came back to.
  for (const name of POSTED_PARAMS) url.searchParams.delete(name);
  window.history.replaceState(window.history.state, '', url);
}

export function dropPageFromUrl() {
  const url = new URL(window.location.href);
  url.searchParams.delete('pagina');
  window.history.replaceState(window.history.state, '', url);
}
