import nl from '@/messages/nl/api.json';
import { fillTemplate, type TemplateValues } from '@/lib/fill-template';

type ApiMessageKey = keyof typeof nl.api;

/**
 * Every way the server refuses a request, in the manner of vercel/chatbot's
 * lib/errors.ts: a code, the HTTP status it is answered with, and its Dutch
 * message, a key of messages/nl/api.json where one text fits every case.
 * Codes without a key are worded by the caller, which knows the case (an
 * edition's refusal names the edition; a parameter's problem names the
 * parameter). Adding a refusal: a line here, then `throw new AppError(code)`.
 *
 * Domain functions keep returning `{ ok: false, reason }` results, which
 * their tests and the pages read; a route or action turns a reason into an
 * AppError, and exactly one place turns an AppError into what the caller
 * gets: `failureReply` (lib/api/reply.ts) for the JSON API, route handlers
 * and server.ts alike, and `actionFailure` (lib/auth/guard.ts) for a server
 * action's form state.
 */
export const failures = {
  bad_request: { status: 400 },
  malformed_json: { status: 400, key: 'malformedJson' },
  malformed_utf8: { status: 400, key: 'malformedUtf8' },
  bad_save_request: { status: 400, key: 'badSaveRequest' },
  not_signed_in: { status: 401, key: 'notSignedIn' },
  invalid_key: { status: 401, key: 'invalidKey' },
  forbidden: { status: 403, key: 'forbidden' },
  not_found: { status: 404 },
  unknown_edition: { status: 404, key: 'unknownEdition' },
  unknown_link: { status: 404, key: 'unknownLink' },
  /** A state that does not allow the change: an edition that exists, is open, closed, locked. */
  conflict: { status: 409 },
  closed: { status: 409, key: 'closed' },
  not_open: { status: 409, key: 'notOpen' },
  /** Someone else saved the response since this version. */
  stale: { status: 409, key: 'stale' },
  /** An If-Match that names another version: HTTP's own refusal. */
  version_mismatch: { status: 412 },
  too_large: { status: 413, key: 'tooLarge' },
  /** Checked and refused, with the problems per field. */
  invalid: { status: 422 },
  too_many_unknown_links: { status: 429, key: 'tooManyUnknownLinks' },
} as const satisfies Record<string, { status: number; key?: ApiMessageKey }>;

export type FailureCode = keyof typeof failures;

/** The codes whose message the catalog holds; the others need a `message`. */
type WordedCode = { [C in FailureCode]: (typeof failures)[C] extends { key: ApiMessageKey } ? C : never }[FailureCode];

export type FailureOptions = {
  /** The Dutch message, instead of the catalog's. */
  message?: string;
  /** Values for the catalog message's placeholders. */
  values?: TemplateValues;
  /** Fields of the API's JSON body after `error`, in the order given (`reason`, `errors`, `response`…). */
  details?: Record<string, unknown>;
  /** Messages per form field, for an action's form state. */
  fieldErrors?: Record<string, string[]>;
  headers?: Record<string, string>;
};

export class AppError extends Error {
  readonly code: FailureCode;
  readonly status: number;
  readonly messageKey: ApiMessageKey | undefined;
  readonly details: Record<string, unknown>;
  readonly fieldErrors: Record<string, string[]>;
  readonly headers: Record<string, string> | undefined;

  constructor(code: WordedCode, options?: FailureOptions);
  constructor(code: FailureCode, options: FailureOptions & { message: string });
  constructor(code: FailureCode, options: FailureOptions = {}) {
    const failure: { status: number; key?: ApiMessageKey } = failures[code];
    super(options.message ?? (failure.key ? fillTemplate(nl.api[failure.key], options.values ?? {}) : code));
    this.name = 'AppError';
    this.code = code;
    this.status = failure.status;
    this.messageKey = options.message === undefined ? failure.key : undefined;
    this.details = options.details ?? {};
    this.fieldErrors = options.fieldErrors ?? {};
    this.headers = options.headers;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
