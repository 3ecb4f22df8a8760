import { AppError } from '@/lib/errors';
import { failureReply, type JsonBodyOutcome } from './reply';

/** Far above a complete questionnaire (a few kB), far below what could hurt the server. */
export const MAX_JSON_BODY_BYTES = 256 * 1024;

// Fatal: a replacement character would silently change what was sent. One
// decoder for all requests: decode() without `stream` keeps no state between calls.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A body's bytes as JSON. Bytes that are not UTF-8 and malformed JSON are the
 * client's mistake (400), never a 500. `whenEmpty`: the value of an empty
 * body (only spaces), for endpoints where a body is optional. Free of
 * Next.js, for server.ts too (lib/server/respondent-save.ts).
 */
export function parseJsonBytes(bytes: Uint8Array, { whenEmpty }: { whenEmpty?: unknown } = {}): JsonBodyOutcome {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, reply: failureReply(new AppError('malformed_utf8')) };
  }
  if (whenEmpty !== undefined && text.trim() === '') return { ok: true, value: whenEmpty };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, reply: failureReply(new AppError('malformed_json')) };
  }
}
