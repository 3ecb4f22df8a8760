import type { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { json, jsonError, readJsonBody } from '@/lib/api/json';
import { failureStatus, type EditionFailure } from './messages';
import { editionDocument, findEditionSummary } from './overview';

/**
 * A refused edition change as the API answers it: 404 unknown edition, 422
 * `invalid` with `errors` per field, 409 for a state that does not allow it
 * (`exists`, `already_open`, `not_open`, `closed`, `locked`), 412 `stale`
 * for a definition changed since the If-Match version.
 */
export function failureResponse(failure: EditionFailure & { changes?: unknown }): NextResponse {
  return jsonError(failureStatus(failure.reason), failure.message, {
    reason: failure.reason,
    errors: failure.errors,
    ...(failure.changes ? { changes: failure.changes } : {}),
  });
}

export function editionResponse(code: string, { status = 200, extra = {} }: { status?: number; extra?: Record<string, unknown> } = {}): NextResponse {
  return json({ edition: editionDocument(findEditionSummary({ db: getDb(), code })!), ...extra }, status);
}

/** A JSON body that may also be empty (POST /open without moments). */
export async function readOptionalJsonBody(request: Request) {
  return readJsonBody(request, undefined, { whenEmpty: {} });
}
