import { NextResponse } from 'next/server';
import { apiMessage } from './messages';

/** Far above a complete questionnaire (a few kB), far below what could hurt the server. */
export const MAX_JSON_BODY_BYTES = 256 * 1024;

export type JsonBody = { ok: true; value: unknown } | { ok: false; response: NextResponse };

/**
 * The body's bytes, or null as soon as they pass maxBytes: read chunk by
 * chunk, never buffering more than the limit and the chunk that passed it.
 */
async function readAtMost(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Uint8Array | null> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) return null;
      chunks.push(value);
    }
  } finally {
    // Released, not cancelled: under Next.js cancelling destroys the request
    // and with it the connection, so the client would never see the 413.
    // Left alone, Node stops reading the socket once its small buffer is full.
    reader.releaseLock();
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Reads a JSON body of at most maxBytes (413 beyond, decided on the declared
 * length when there is one, else while reading). Bytes that are not UTF-8 and
 * malformed JSON are the client's mistake (400), never a 500.
 */
export async function readJsonBody(request: Request, maxBytes = MAX_JSON_BODY_BYTES): Promise<JsonBody> {
  const tooLarge = () => ({ ok: false as const, response: jsonError(413, apiMessage('tooLarge', { max: Math.floor(maxBytes / 1024) })) });
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) return tooLarge();

  const bytes = await readAtMost(request.body, maxBytes);
  if (!bytes) return tooLarge();
  let text: string;
  try {
    // Fatal: a replacement character would silently change what was sent.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, response: jsonError(400, apiMessage('malformedUtf8')) };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, response: jsonError(400, apiMessage('malformedJson')) };
  }
}

export function jsonError(status: number, message: string, extra: Record<string, unknown> = {}): NextResponse {
  return NextResponse.json({ error: message, ...extra }, { status, headers: { 'Cache-Control': 'no-store' } });
}

export function json(body: unknown, status = 200): NextResponse {
  return NextResponse.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}
