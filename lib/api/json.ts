import type { NextResponse } from 'next/server';
import { readBodyBytes } from './body';
import { MAX_JSON_BODY_BYTES, parseJsonBytes } from './json-bytes';
import { toNextResponse } from './json-response';
import type { JsonBodyOutcome } from './reply';

export { failureResponse, json } from './json-response';
export { MAX_JSON_BODY_BYTES } from './json-bytes';

export type JsonBody = { ok: true; value: unknown } | { ok: false; response: NextResponse };

/** A route handler's JSON body of at most maxBytes (413 beyond, see readBodyBytes; then parseJsonBytes), the refusal as a reply. */
export async function readJsonRequest(
  request: Request,
  maxBytes = MAX_JSON_BODY_BYTES,
  options: { whenEmpty?: unknown } = {},
): Promise<JsonBodyOutcome> {
  const body = await readBodyBytes(request, maxBytes);
  return body.ok ? parseJsonBytes(body.bytes, options) : body;
}

/** readJsonRequest with the refusal as a route handler's response. */
export async function readJsonBody(
  request: Request,
  maxBytes = MAX_JSON_BODY_BYTES,
  options: { whenEmpty?: unknown } = {},
): Promise<JsonBody> {
  const parsed = await readJsonRequest(request, maxBytes, options);
  return parsed.ok ? parsed : { ok: false, response: toNextResponse(parsed.reply) };
}
