import type { ServerResponse } from 'node:http';
import { apiMessage } from '@/lib/api/messages';
import { baseSecurityHeaders } from '@/lib/security/headers';

/**
 * Whether the path of a request cannot be percent-decoded (`/r/%E0%A4%A`: a
 * cut-off escape, half a UTF-8 character). Next.js answers some of those with
 * a 500 (dynamic segments such as /r/[token] and /api/v1/...), so server.ts
 * refuses them before Next.js sees them: it is the client's mistake, a 400.
 */
export function hasMalformedPath(url: string): boolean {
  const path = url.split('?', 1)[0];
  if (!path.includes('%')) return false;
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

export function refuseMalformedPath(url: string, res: ServerResponse): void {
  const message = apiMessage('malformedPath');
  const api = url.startsWith('/api/');
  res.writeHead(400, {
    ...baseSecurityHeaders,
    // As next.config.js gives the JSON API: nothing here may load or run anything.
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
    'Cache-Control': 'no-store',
    'Content-Type': api ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
  });
  res.end(api ? JSON.stringify({ error: message }) : `${message}\n`);
}
