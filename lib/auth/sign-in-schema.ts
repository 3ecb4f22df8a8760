import { z } from 'zod/mini';
import { authFormMessage as m } from './form-messages';

/**
 * The sign-in form; used by the form in the browser and by authorize() on the
 * server. zod/mini, as every schema that runs in the browser: zod's core is
 * shared by all pages' chunks, and the full build on one page makes it
 * heavier on all (docs/benchmarks.md, "Page weight").
 */
export const signInSchema = z.object({
  email: z.string().check(z.trim(), z.minLength(1, m('emailMissingOwn')), z.maxLength(254, m('emailTooLong')), z.email(m('emailInvalid'))),
  password: z.string().check(z.minLength(1, m('passwordMissing')), z.maxLength(200, m('passwordTooLong'))),
});

export type SignInInput = z.infer<typeof signInSchema>;

/**
 * Why a sign-in failed; travels from authorize() to the form as next-auth's
 * `error` string ("locked:<seconds>" for a lock-out). A wrong e-mail address
 * and a wrong password look the same on purpose.
 */
const signInErrors = ['invalid', 'credentials', 'locked', 'disabled'] as const;
export type SignInError = (typeof signInErrors)[number];
export type SignInFailure = { code: SignInError | 'unexpected'; retryAfterSeconds?: number };

export function formatSignInError(error: SignInError, retryAfterSeconds?: number): string {
  return error === 'locked' && retryAfterSeconds ? `locked:${retryAfterSeconds}` : error;
}

export function parseSignInError(value: string | null | undefined): SignInFailure | undefined {
  if (!value) return undefined;
  const [code, seconds] = value.split(':');
  if (code === 'locked') return { code, retryAfterSeconds: Number(seconds) || undefined };
  if ((signInErrors as readonly string[]).includes(code)) return { code: code as SignInError };
  // next-auth's own codes (CredentialsSignin, CSRF failures) and anything else: treat as wrong details.
  return { code: 'credentials' };
}
