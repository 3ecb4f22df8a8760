import type { NextResponse } from 'next/server';
import { toNextResponse } from './json-response';
import { tooLargeReply, type JsonReply } from './reply';

export type BodyBytes = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; response: NextResponse };
export type BodyRead = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; reply: JsonReply };

/** readBodyBytes for a route handler: the refusal as its response. */
export async function readBody(request: Request, maxBytes: number): Promise<BodyBytes> {
  const body = await readBodyBytes(request, maxBytes);
  return body.ok ? body : { ok: false, response: toNextResponse(body.reply) };
}

/**
 * A request body of at most maxBytes, else a 413 with a Dutch message:
 * decided on the declared length when there is one, else as soon as the limit
 * is passed while reading. Never holds more than the limit and the chunk that
 * passed it, however much the client sends. (server.ts reads the bodies it
 * answers itself the same way: lib/server/node-body.ts.)
 */
export async function readBodyBytes(request: Request, maxBytes: number): Promise<BodyRead> {
  const tooLarge = { ok: false as const, reply: tooLargeReply(maxBytes) };
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
