import { describe, expect, it } from 'vitest';
import { MAX_JSON_BODY_BYTES, readJsonBody } from './json';

const chunkSize = 64 * 1024;

/**
 * A request whose body would be 700 MB, made up lazily chunk by chunk. It
 * counts what was pulled, and errors out once far more than the limit was
 * asked for, so a reader that takes it all fails instead of filling memory.
 */
function hugeRequest({ contentLength }: { contentLength?: number } = {}) {
  const total = 700 * 1024 * 1024;
  const tripwire = 4 * MAX_JSON_BODY_BYTES;
  const pulled = { bytes: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (pulled.bytes >= total) return controller.close();
        if (pulled.bytes >= tripwire) return controller.error(new Error(`read ${pulled.bytes} bytes of a body that is too large`));
        pulled.bytes += chunkSize;
        controller.enqueue(new Uint8Array(chunkSize).fill(0x20));
      },
      cancel() {
        pulled.cancelled = true;
      },
    },
    // Nothing is made before it is asked for, so `pulled` is what the reader took.
    { highWaterMark: 0 },
  );
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (contentLength !== undefined) headers['content-length'] = String(contentLength);
  const request = new Request('http://localhost/api', { method: 'PUT', body, headers, duplex: 'half' } as RequestInit);
  return { request, pulled };
}

function requestWith(body: BodyInit) {
  return new Request('http://localhost/api', { method: 'PUT', body, headers: { 'content-type': 'application/json' } });
}

describe('reading a JSON body', () => {
  it('stops at the limit and answers 413 with a Dutch message, having read at most one chunk beyond it', async () => {
    const { request, pulled } = hugeRequest();
    const result = await readJsonBody(request);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.response.status).toBe(413);
    expect(await result.response.json()).toEqual({ error: 'Het verzoek is te groot: stuur hoogstens 256 kB.' });
    expect(pulled.bytes).toBeLessThanOrEqual(MAX_JSON_BODY_BYTES + chunkSize);
    expect(pulled.cancelled).toBe(true);
  });

  it('refuses a body whose declared length is over the limit before reading any of it', async () => {
    const { request, pulled } = hugeRequest({ contentLength: 700 * 1024 * 1024 });
    const result = await readJsonBody(request);
    expect(result.ok ? 200 : result.response.status).toBe(413);
    expect(pulled.bytes).toBe(0);
  });

  it('counts bytes, not characters', async () => {
    // 100k three-byte characters: 300 kB, though only 100k UTF-16 units.
    const result = await readJsonBody(requestWith(JSON.stringify('€'.repeat(100_000))));
    expect(result.ok ? 200 : result.response.status).toBe(413);
  });

  it('accepts a body of exactly the limit', async () => {
    const text = JSON.stringify('x'.repeat(MAX_JSON_BODY_BYTES - 2));
    const result = await readJsonBody(requestWith(text));
    expect(result).toEqual({ ok: true, value: 'x'.repeat(MAX_JSON_BODY_BYTES - 2) });
  });

  it('answers 400 to bytes that are not UTF-8, rather than replacing them', async () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]); // {"a":"<0xff>"}
    const result = await readJsonBody(requestWith(bytes));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.response.status).toBe(400);
    expect(await result.response.json()).toEqual({ error: 'De inhoud van het verzoek is geen geldige UTF-8-tekst.' });
  });

  it('reads each body on its own: a body cut off inside a character does not run on into the next', async () => {
    // "€" is e2 82 ac: the first body ends after two of its bytes, the next starts with the third.
    const cut = await readJsonBody(requestWith(new Uint8Array([0x22, 0xe2, 0x82])));
    expect(cut.ok ? 200 : cut.response.status).toBe(400);
    const rest = await readJsonBody(requestWith(new Uint8Array([0xac, 0x22])));
    expect(rest.ok ? 200 : rest.response.status).toBe(400);
    expect(await readJsonBody(requestWith('"€"'))).toEqual({ ok: true, value: '€' });
  });

  it('answers 400 to malformed JSON and reads well-formed JSON, also without a body', async () => {
    const malformed = await readJsonBody(requestWith('{"answers": '));
    expect(malformed.ok ? 200 : malformed.response.status).toBe(400);
    expect(await readJsonBody(requestWith('{"answers": {"A": "€"}}'))).toEqual({ ok: true, value: { answers: { A: '€' } } });
    const empty = await readJsonBody(new Request('http://localhost/api', { method: 'PUT' }));
    expect(empty.ok ? 200 : empty.response.status).toBe(400);
  });
});

describe('an optional JSON body (POST …/open without moments)', () => {
  it('reads an empty body as the given value, and is bounded like any other', async () => {
    const { readOptionalJsonBody } = await import('@/lib/editions/http');
    const post = (body: string) => new Request('http://localhost/x', { method: 'POST', body });
    expect(await readOptionalJsonBody(post('  '))).toEqual({ ok: true, value: {} });
    expect(await readOptionalJsonBody(post('{"closesAt":"2099-01-01T00:00"}'))).toEqual({
      ok: true,
      value: { closesAt: '2099-01-01T00:00' },
    });
    const tooLarge = await readOptionalJsonBody(post(' '.repeat(MAX_JSON_BODY_BYTES + 1)));
    expect(tooLarge.ok).toBe(false);
    expect(!tooLarge.ok && tooLarge.response.status).toBe(413);
  });
});
