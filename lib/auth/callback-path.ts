/** Where a sign-in goes when the page asked for is missing or not ours. */
const DEFAULT_CALLBACK_PATH = '/admin';

// Any origin will do for reading relative paths: only the path is returned.
const RELATIVE_ONLY = 'http://callback.invalid';

// Browsers drop tabs and newlines from a URL and read a backslash as a slash,
// so "/<tab>/evil.example" or "/\evil.example" leave the site once they reach
// the address bar, whatever a URL parser made of them here; a newline in a
// Location header is a 500. Invisible format characters have no business in
// our paths either.
const UNSAFE = /[\s\\\p{Cc}\p{Cf}]/u;

/**
 * The path (with query and fragment) to send someone to after signing in, if
 * `target` is on `origin`; '/admin' otherwise. Without an origin only relative
 * paths are kept. Used by next-auth's redirect callback, the sign-in page and
 * its form, so every redirect with a callbackUrl goes through this one check.
 */
export function safeCallbackPath(target: string | null | undefined, origin: string = RELATIVE_ONLY): string {
  if (!target || target.length > 2_000 || UNSAFE.test(target)) return DEFAULT_CALLBACK_PATH;
  let url: URL;
  try {
    url = new URL(target, origin);
  } catch {
    return DEFAULT_CALLBACK_PATH;
  }
  if (url.origin !== new URL(origin).origin) return DEFAULT_CALLBACK_PATH;
  const path = url.pathname + url.search + url.hash;
  // "/.//evil.example" resolves to the path "//evil.example", which a browser reads as a host.
  return path.startsWith('//') ? DEFAULT_CALLBACK_PATH : path;
}
