'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useForm } from 'react-hook-form';
import { safeCallbackPath } from '@/lib/auth/callback-path';
import { parseSignInError, signInSchema, type SignInInput } from '@/lib/auth/sign-in-schema';

type Props = { callbackUrl: string; initialError?: string; signedOut: boolean };

export function LoginForm({ callbackUrl, initialError, signedOut }: Props) {
  const t = useTranslations('auth.login');
  const [serverError, setServerError] = useState(() => parseSignInError(initialError));
  const alertRef = useRef<HTMLDivElement>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInInput>({ resolver: zodResolver(signInSchema), defaultValues: { email: '', password: '' } });

  // The button stays disabled until React runs, so an early click cannot post the password anywhere else.
  const hydrated = useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );
  useEffect(() => {
    if (serverError) alertRef.current?.focus();
  }, [serverError]);

  const onSubmit = handleSubmit(async ({ email, password }) => {
    setServerError(undefined);
    try {
      const result = await signIn('credentials', { email, password, redirect: false, callbackUrl });
      if (result?.ok && !result.error) {
        // A full load, so the staff layout renders with the new session cookie;
        // checked here too, since a browser would follow whatever it is given.
        window.location.assign(safeCallbackPath(callbackUrl, window.location.origin));
        return;
      }
      setServerError(parseSignInError(result?.error) ?? { code: 'unexpected' });
    } catch {
      setServerError({ code: 'unexpected' });
    }
  });

  const serverMessage = serverError
    ? serverError.code === 'locked'
      ? t('errors.locked', { minutes: Math.max(1, Math.ceil((serverError.retryAfterSeconds ?? 900) / 60)) })
      : t(`errors.${serverError.code}`)
    : undefined;

  return (
    <form method="post" noValidate onSubmit={onSubmit} aria-describedby={serverMessage ? 'login-error' : undefined}>
      {signedOut && !serverMessage && (
        <div className="alert success" role="status">
          {t('signedOut')}
        </div>
      )}
      {serverMessage && (
        <div className="alert error" role="alert" id="login-error" tabIndex={-1} ref={alertRef}>
          <strong>{t('errorSummary')}</strong> {serverMessage}
        </div>
      )}
      <div className="field">
        <label htmlFor="email">{t('email')}</label>
        <input
          id="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? 'email-error' : undefined}
          {...register('email')}
        />
        {errors.email && (
          <p className="field-error" id="email-error">
            {errors.email.message}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="password">{t('password')}</label>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={errors.password ? 'password-error' : undefined}
          {...register('password')}
        />
        {errors.password && (
          <p className="field-error" id="password-error">
            {errors.password.message}
          </p>
        )}
      </div>
      <button type="submit" disabled={!hydrated || isSubmitting}>
        {isSubmitting ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
