/** A same-site path to return to after signing in; anything else becomes /admin. */
export function safeCallbackPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/admin';
  return value;
}
