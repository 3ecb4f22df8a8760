import type { NextResponse } from 'next/server';
import { jsonError } from './json-response';
import { apiMessage } from './messages';

export type BodyBytes = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; response: NextResponse };

/**
 * A request body of at most maxBytes, else a 413 with a Dutch message:
 * decided on the declared length when there is one, else as soon as the limit
 * is passed while reading. Never holds more than the limit and the chunk that
 * passed it, however much the client sends.
 */
export async function readBody(request: Request, maxBytes: number): Promise<BodyBytes> {
  const tooLarge = { ok: false as const, response: jsonError(413, apiMessage('tooLarge', { max: Math.floor(maxBytes / 1024) })) };
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) return tooLarge;
  if (!request.body) return { ok: true, bytes: new Uint8Array(0) };

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      // Not awaited: the 413 need not wait for the sender. Node then stops
      // reading the socket and closes it once it has been idle for a while.
      reader.cancel().catch(() => {});
      return tooLarge;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}
