'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FieldError, FormOutcome, fieldProps, type FormState } from '../../form-parts';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password-rules';
import { NewPasswordField } from './password-field';
import { resetPasswordAction, type PasswordResetDone } from './actions';

/** Another account's new password: typed by the admin, or left empty and generated, then shown once here. */
export function ResetPasswordForm({ accounts }: { accounts: { id: number; email: string }[] }) {
  const t = useTranslations('auth.resetPassword');
  const [state, formAction, pending] = useActionState(resetPasswordAction, null);
  const done = state && state.ok ? (state as PasswordResetDone) : undefined;
  const failed = state && !state.ok ? (state as FormState) : null;
  const errors = failed?.errors;
  return (
    <form action={formAction} className="staff-form" noValidate aria-labelledby="reset-password-title">
      <h2 id="reset-password-title">{t('title')}</h2>
      <p>{t('intro')}</p>
      {done && (
        <div className="alert success" role="status">
          {done.message}
          {done.generated && (
            <>
              {' '}
              <strong>{t('generatedTitle', { email: done.email })}</strong>
              <code className="secret-value" data-testid="new-password">
                {done.generated}
              </code>
              {t('generatedBody')}
            </>
          )}
        </div>
      )}
      <FormOutcome state={failed} />
      <div className="field">
        <label htmlFor="reset-user">{t('account')}</label>
        <select id="reset-user" name="userId" defaultValue="" required {...fieldProps(failed, 'userId', 'reset')}>
          <option value="">{t('chooseAccount')}</option>
          {accounts.map((account) => (
            <option key={account.id} value={account.id}>
              {account.email}
            </option>
          ))}
        </select>
        <FieldError id="reset-userId-error" messages={errors?.userId} />
      </div>
      <NewPasswordField idPrefix="reset" label={t('password')} hint={t('passwordHint', { min: MIN_PASSWORD_LENGTH })} state={failed} />
      <button type="submit" disabled={pending}>
        {t('submit')}
      </button>
    </form>
  );
}
