/** The page of the questionnaire in the address (?pagina=2), so a reload comes back to it. */
export function setPageInUrl(pageNumber: number) {
  const url = new URL(window.location.href);
  url.searchParams.set('pagina', String(pageNumber));
  window.history.replaceState(window.history.state, '', url);
}

export function dropPageFromUrl() {
  const url = new URL(window.location.href);
  url.searchParams.delete('pagina');
  window.history.replaceState(window.history.state, '', url);
}
