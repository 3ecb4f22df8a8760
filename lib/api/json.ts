import type { NextResponse } from 'next/server';
import { readBody } from './body';
import { jsonError } from './json-response';
import { apiMessage } from './messages';

export { json, jsonError } from './json-response';

/** Far above a complete questionnaire (a few kB), far below what could hurt the server. */
export const MAX_JSON_BODY_BYTES = 256 * 1024;

export type JsonBody = { ok: true; value: unknown } | { ok: false; response: NextResponse };

/**
 * Reads a JSON body of at most maxBytes (413 beyond, see readBody). Bytes that
 * are not UTF-8 and malformed JSON are the client's mistake (400), never a 500.
 */
/** `whenEmpty`: the value of an empty body (only spaces), for endpoints where a body is optional. */
export async function readJsonBody(request: Request, maxBytes = MAX_JSON_BODY_BYTES, { whenEmpty }: { whenEmpty?: unknown } = {}): Promise<JsonBody> {
  const body = await readBody(request, maxBytes);
  if (!body.ok) return body;
  let text: string;
  try {
    // Fatal: a replacement character would silently change what was sent.
    text = new TextDecoder('utf-8', { fatal: true }).decode(body.bytes);
  } catch {
    return { ok: false, response: jsonError(400, apiMessage('malformedUtf8')) };
  }
  if (whenEmpty !== undefined && text.trim() === '') return { ok: true, value: whenEmpty };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, response: jsonError(400, apiMessage('malformedJson')) };
  }
}
