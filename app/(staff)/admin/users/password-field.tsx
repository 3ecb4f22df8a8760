'use client';

import { FieldError, fieldProps, type FormState } from '../../form-parts';

type Props = { idPrefix: string; label: string; hint: string; state: FormState; required?: boolean };

/** A new password with its rules as hint and its error tied to it (creating an account, resetting another's). */
export function NewPasswordField({ idPrefix, label, hint, state, required = false }: Props) {
  const errors = state && !state.ok ? state.errors?.password : undefined;
  const hintId = `${idPrefix}-password-hint`;
  const errorId = `${idPrefix}-password-error`;
  return (
    <div className="field">
      <label htmlFor={`${idPrefix}-password`}>{label}</label>
      <p className="hint" id={hintId}>
        {hint}
      </p>
      <input
        id={`${idPrefix}-password`}
        name="password"
        type="password"
        autoComplete="new-password"
        required={required}
        {...fieldProps(state, 'password', idPrefix)}
        aria-describedby={errors ? `${hintId} ${errorId}` : hintId}
      />
      <FieldError id={errorId} messages={errors} />
    </div>
  );
}
