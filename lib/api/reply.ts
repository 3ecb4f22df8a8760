import { AppError } from '@/lib/errors';

/**
 * A JSON API answer before any framework writes it: a route handler turns it
 * into a NextResponse (json-response.ts), server.ts writes it to the socket
 * itself (lib/server/json-reply.ts). One shape, so both paths answer alike.
 */
export type JsonReply = { status: number; body: unknown; headers?: Record<string, string> };

export function jsonReply(body: unknown, status = 200, headers?: Record<string, string>): JsonReply {
  return headers ? { status, body, headers } : { status, body };
}

/**
 * The one place a refusal becomes the API's answer (docs/api.md): its
 * status, `{ "error": <Dutch message>, …details }` and its headers.
 */
export function failureReply(error: AppError): JsonReply {
  return jsonReply({ error: error.message, ...error.details }, error.status, error.headers);
}

export function tooLargeReply(maxBytes: number): JsonReply {
  return failureReply(new AppError('too_large', { values: { max: Math.floor(maxBytes / 1024) } }));
}

/** A body as read and parsed, or the refusal to send (413, or 400 for bytes that are no UTF-8 or no JSON). */
export type JsonBodyOutcome = { ok: true; value: unknown } | { ok: false; reply: JsonReply };
