import type { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { json, readJsonBody } from '@/lib/api/json';
import { AppError, type FailureCode } from '@/lib/errors';
import type { EditionFailure, EditionFailureReason } from './messages';
import { editionDocument, findEditionSummary } from './overview';

const codeByReason: Record<EditionFailureReason, FailureCode> = {
  unknown_edition: 'unknown_edition',
  invalid: 'invalid',
  exists: 'conflict',
  already_open: 'conflict',
  not_open: 'not_open',
  closed: 'closed',
  locked: 'conflict',
  // Only the API's If-Match asks for a version, so its refusal is HTTP's own.
  stale: 'version_mismatch',
};

/**
 * A refused edition change as the API answers it: 404 unknown edition, 422
 * `invalid` with `errors` per field, 409 for a state that does not allow it
 * (`exists`, `already_open`, `not_open`, `closed`, `locked`), 412 `stale`
 * for a definition changed since the If-Match version.
 */
export function editionError(failure: Omit<EditionFailure, 'ok'> & { changes?: unknown }): AppError {
  return new AppError(codeByReason[failure.reason], {
    message: failure.message,
    details: { reason: failure.reason, errors: failure.errors, ...(failure.changes ? { changes: failure.changes } : {}) },
  });
}

export async function editionResponse(
  code: string,
  { status = 200, extra = {} }: { status?: number; extra?: Record<string, unknown> } = {},
): Promise<NextResponse> {
  return json({ edition: editionDocument((await findEditionSummary({ db: getDb(), code }))!), ...extra }, status);
}

/** A JSON body that may also be empty (POST /open without moments). */
export async function readOptionalJsonBody(request: Request) {
  return readJsonBody(request, undefined, { whenEmpty: {} });
}
