import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_BODY_BYTES } from '@/lib/api/json-bytes';
import { readNodeBody } from './node-body';

const chunkSize = 64 * 1024;

/** A request whose body would be 700 MB, made chunk by chunk as it is read; `pulled` counts what the reader took. */
function hugeRequest(headers: Record<string, string> = {}) {
  const pulled = { bytes: 0 };
  const total = 700 * 1024 * 1024;
  const body = new Readable({
    highWaterMark: 0,
    read() {
      if (pulled.bytes >= total) return void this.push(null);
      if (pulled.bytes >= 4 * MAX_JSON_BODY_BYTES)
        return void this.destroy(new Error(`read ${pulled.bytes} bytes of a body that is too large`));
      pulled.bytes += chunkSize;
      this.push(Buffer.alloc(chunkSize, 0x20));
    },
  });
  return { request: Object.assign(body, { headers }) as unknown as IncomingMessage, pulled };
}

function requestWith(chunks: (string | Buffer)[]) {
  return Object.assign(Readable.from(chunks.map((c) => Buffer.from(c))), { headers: {} }) as unknown as IncomingMessage;
}

describe('reading the body of a request server.ts answers itself', () => {
  it('stops at the limit with a 413 in Dutch, having read at most one chunk beyond it, and reads no more after', async () => {
    const { request, pulled } = hugeRequest();
    const result = await readNodeBody(request, MAX_JSON_BODY_BYTES);
    expect(result).toEqual({ ok: false, reply: { status: 413, body: { error: 'Het verzoek is te groot: stuur hoogstens 256 kB.' } } });
    expect(pulled.bytes).toBeLessThanOrEqual(MAX_JSON_BODY_BYTES + chunkSize);
    const afterAnswer = pulled.bytes;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pulled.bytes).toBeLessThanOrEqual(afterAnswer + chunkSize);
  });

  it('refuses a declared length over the limit before reading any of it', async () => {
    const { request, pulled } = hugeRequest({ 'content-length': String(700 * 1024 * 1024) });
    const result = await readNodeBody(request, MAX_JSON_BODY_BYTES);
    expect(result.ok ? 200 : result.reply.status).toBe(413);
    expect(pulled.bytes).toBe(0);
  });

  it('counts bytes, not characters, and takes a body of exactly the limit, in as many chunks as it comes', async () => {
    const tooLarge = await readNodeBody(requestWith(['€'.repeat(100_000)]), MAX_JSON_BODY_BYTES);
    expect(tooLarge.ok ? 200 : tooLarge.reply.status).toBe(413);
    const exact = await readNodeBody(requestWith(['x'.repeat(MAX_JSON_BODY_BYTES - 10), 'y'.repeat(10)]), MAX_JSON_BODY_BYTES);
    expect(exact.ok && Buffer.from(exact.bytes).toString()).toBe('x'.repeat(MAX_JSON_BODY_BYTES - 10) + 'y'.repeat(10));
    const empty = await readNodeBody(requestWith([]), MAX_JSON_BODY_BYTES);
    expect(empty.ok && empty.bytes.length).toBe(0);
  });

  it('ends, storing nothing, when the client goes away before its body is complete', async () => {
    const body = new Readable({ read() {} });
    body.push('{"answers": {');
    const pending = readNodeBody(Object.assign(body, { headers: {} }) as unknown as IncomingMessage, MAX_JSON_BODY_BYTES);
    body.destroy();
    expect(await pending).toMatchObject({ ok: false, reply: { status: 400 } });
  });
});
