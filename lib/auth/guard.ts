import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { failureResponse } from '@/lib/api/json';
import { actorFromUser, type AuditActor } from '@/lib/audit/record';
import { findApiKeyCaller } from './api-keys';
import { safeCallbackPath } from './callback-path';
import { PATH_HEADER } from './path-header';
import { hasRole, type StaffRole } from './roles';
import { getSessionUser } from './session';
import type { StaffUser } from './users';
import { authFormMessage } from './form-messages';
import { AppError, isAppError } from '@/lib/errors';

/**
 * The one place where staff pages, route handlers and server actions check who
 * is calling and with which role. Every check runs on the server for each
 * request; proxy.ts only adds headers and never decides access.
 */
export type { StaffRole } from './roles';
export type { StaffUser } from './users';
export { hasRole } from './roles';

export type StaffCaller = { kind: 'user'; user: StaffUser } | { kind: 'apiKey'; keyId: number; name: string; role: StaffRole };

export type ActionFailure = { ok: false; errors: Record<string, string[]>; message?: string };

export { safeCallbackPath };

function callerRole(caller: StaffCaller): StaffRole {
  return caller.kind === 'user' ? caller.user.role : caller.role;
}

function loginPath(callbackPath: string): string {
  return `/login?${new URLSearchParams({ callbackUrl: safeCallbackPath(callbackPath) })}`;
}

/**
 * Pages/layouts (server components): the signed-in user with at least `role`;
 * anonymous -> redirect to /login?callbackUrl=<path>; too low a role -> 403
 * through forbidden() and app/forbidden.tsx.
 */
export async function requireStaffPage(role: StaffRole): Promise<StaffUser> {
  const user = await getSessionUser();
  if (!user) {
    const path = (await headers()).get(PATH_HEADER);
    redirect(loginPath(path ?? '/admin'));
  }
  if (!hasRole(user.role, role)) forbidden();
  return user;
}

/** Who calls a route handler: an `Authorization: Bearer` key if one is sent (and then only that), else the session. */
async function resolveRouteCaller(request: Request): Promise<StaffCaller | 'invalid-key' | null> {
  const authorization = request.headers.get('authorization');
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    const key = match ? await findApiKeyCaller({ db: getDb(), key: match[1] }) : undefined;
    return key ? { kind: 'apiKey', ...key } : 'invalid-key';
  }
  const user = await getSessionUser();
  return user ? { kind: 'user', user } : null;
}

const BEARER_CHALLENGE = 'Bearer realm="enquete"';

/**
 * Route handlers: accepts the staff session cookie OR `Authorization: Bearer
 * <api key>`; 401 JSON for anonymous/invalid, 403 JSON for too low a role.
 * A handler refuses by throwing an AppError, answered here as the API
 * answers every refusal (lib/api/reply.ts, failureReply).
 */
export function staffRoute<C>(
  role: StaffRole,
  handler: (request: Request, context: C, caller: StaffCaller) => Response | Promise<Response>,
): (request: Request, context: C) => Promise<Response> {
  return async (request, context) => {
    try {
      const caller = await resolveRouteCaller(request);
      if (caller === 'invalid-key')
        throw new AppError('invalid_key', { headers: { 'WWW-Authenticate': `${BEARER_CHALLENGE}, error="invalid_token"` } });
      if (!caller) throw new AppError('not_signed_in', { headers: { 'WWW-Authenticate': BEARER_CHALLENGE } });
      if (!hasRole(callerRole(caller), role)) throw new AppError('forbidden');
      return await handler(request, context, caller);
    } catch (error) {
      if (isAppError(error)) return failureResponse(error);
      throw error;
    }
  };
}

/** FormData as a plain object: repeated names become arrays; React's internal $ACTION fields are dropped. */
export function formDataToObject(formData: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const result: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const values = formData.getAll(key);
    result[key] = values.length > 1 ? values : values[0];
  }
  return result;
}

const NOT_SIGNED_IN = authFormMessage('notSignedIn');
export const NO_ACCESS = authFormMessage('noAccess');

/**
 * The one place a refusal becomes a server action's form state: the
 * messages per field and the message for the whole form.
 */
function actionFailure(error: AppError): ActionFailure & { message: string } {
  return { ok: false, errors: error.fieldErrors, message: error.message };
}

/**
 * Server actions: checks session+role first, then validates FormData with the
 * zod schema; returns { ok: false, errors } or the action's result; usable
 * with useActionState. An action refuses by throwing an AppError, which
 * becomes its form state through actionFailure. Only a signed-in session counts: API keys never run actions.
 * The action also gets the user as an audit-log actor, for the entry it writes
 * in the transaction of its change. Any zod schema: the full build's, or
 * zod/mini's where the browser checks the same form (sign-in, mail templates).
 */
export function staffAction<S extends z.core.$ZodType, R>(
  role: StaffRole,
  schema: S,
  action: (input: z.infer<S>, user: StaffUser, actor: AuditActor) => Promise<R>,
): (prevState: unknown, formData: FormData) => Promise<R | ActionFailure> {
  return async (_prevState, formData) => {
    const user = await getSessionUser();
    if (!user) return actionFailure(new AppError('not_signed_in', { message: NOT_SIGNED_IN }));
    if (!hasRole(user.role, role)) return actionFailure(new AppError('forbidden', { message: NO_ACCESS }));
    const parsed = z.safeParse(schema, formDataToObject(formData));
    if (!parsed.success) {
      const flat = z.flattenError(parsed.error);
      return {
        ok: false,
        errors: flat.fieldErrors as Record<string, string[]>,
        message: flat.formErrors.length > 0 ? flat.formErrors.join(' ') : undefined,
      };
    }
    try {
      return await action(parsed.data, user, actorFromUser(user));
    } catch (error) {
      if (isAppError(error)) return actionFailure(error);
      throw error;
    }
  };
}
