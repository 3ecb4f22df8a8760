import type { IncomingMessage, ServerResponse } from 'node:http';
import { getDb } from '@/db/client';
import { MAX_JSON_BODY_BYTES, parseJsonBytes } from '@/lib/api/json-bytes';
import { clientKeyFromHeaders } from '@/lib/auth/client-key';
import { putResponseReply } from '@/lib/responses/http';
import { writeJsonReply, writeServerError } from './json-reply';
import { readNodeBody } from './node-body';

// The route's path, /api/v1/responses/[token], with any query string (Next.js ignores it there too).
const SAVE_PATH = /^\/api\/v1\/responses\/([^/?]+)(?:\?|$)/;

/** The token of a respondent's save (PUT /api/v1/responses/{token}), else undefined: Next.js answers it. */
export function respondentSaveToken(method: string | undefined, url: string): string | undefined {
  if (method !== 'PUT') return undefined;
  const match = SAVE_PATH.exec(url);
  // Decoded as Next.js decodes a dynamic segment; server.ts has refused paths that do not decode.
  return match ? decodeURIComponent(match[1]) : undefined;
}

/**
 * A respondent's save, answered by server.ts itself through the route's own
 * code (lib/responses/http.ts): every autosave of the form is one, and
 * Next.js's handling of a request cost more than the save
 * (docs/benchmarks.md, "Submissions"). The same headers as the route's,
 * the same 256 kB bound, the same client key for the guess limit.
 */
export async function serveRespondentSave(req: IncomingMessage, res: ServerResponse, token: string): Promise<void> {
  try {
    const reply = await putResponseReply({
      db: getDb(),
      token,
      clientKey: clientKeyFromHeaders({ get: (name) => headerValue(req, name) }),
      readBody: async () => {
        const body = await readNodeBody(req, MAX_JSON_BODY_BYTES);
        return body.ok ? parseJsonBytes(body.bytes) : body;
      },
    });
    writeJsonReply(req, res, reply);
  } catch (error) {
    // As Next.js does for a route that throws: logged, and a 500 without details.
    console.error(error);
    writeServerError(res);
  }
}

function headerValue(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
}
