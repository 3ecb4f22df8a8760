'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FieldError, FormOutcome, fieldProps, type FormState } from '../../form-parts';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password-rules';
import { NewPasswordField } from './password-field';
import { changeRoleAction, createUserAction, setUserDisabledAction } from './actions';

export function CreateUserForm() {
  const t = useTranslations('auth');
  const [state, formAction, pending] = useActionState(createUserAction, null);
  const s = state as FormState;
  const errors = s && !s.ok ? s.errors : undefined;
  return (
    <form action={formAction} className="staff-form" noValidate aria-labelledby="create-user-title">
      <h2 id="create-user-title">{t('users.createTitle')}</h2>
      <FormOutcome state={s} />
      <div className="field">
        <label htmlFor="new-email">{t('users.email')}</label>
        <input id="new-email" name="email" type="email" autoComplete="off" required {...fieldProps(s, 'email', 'new')} />
        <FieldError id="new-email-error" messages={errors?.email} />
      </div>
      <div className="field">
        <label htmlFor="new-name">{t('users.name')}</label>
        <p className="hint" id="new-name-hint">
          {t('users.nameHint')}
        </p>
        <input
          id="new-name"
          name="name"
          type="text"
          autoComplete="off"
          aria-describedby="new-name-hint"
          {...fieldProps(s, 'name', 'new')}
        />
        <FieldError id="new-name-error" messages={errors?.name} />
      </div>
      <div className="field">
        <label htmlFor="new-role">{t('users.role')}</label>
        <select id="new-role" name="role" defaultValue="coordinator" {...fieldProps(s, 'role', 'new')}>
          <option value="coordinator">{t('staff.roles.coordinator')}</option>
          <option value="admin">{t('staff.roles.admin')}</option>
        </select>
        <FieldError id="new-role-error" messages={errors?.role} />
      </div>
      <NewPasswordField
        idPrefix="new"
        label={t('users.password')}
        hint={t('users.passwordHint', { min: MIN_PASSWORD_LENGTH })}
        state={s}
        required
      />
      <button type="submit" disabled={pending}>
        {t('users.create')}
      </button>
    </form>
  );
}

export function ChangeRoleForm({ userId, email, role }: { userId: number; email: string; role: 'admin' | 'coordinator' }) {
  const t = useTranslations('auth');
  const [state, formAction, pending] = useActionState(changeRoleAction, null);
  const selectId = `role-${userId}`;
  return (
    <form action={formAction} className="inline-form">
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={selectId} className="visually-hidden">
        {t('users.roleFor', { email })}
      </label>
      <select id={selectId} name="role" defaultValue={role}>
        <option value="coordinator">{t('staff.roles.coordinator')}</option>
        <option value="admin">{t('staff.roles.admin')}</option>
      </select>
      <button type="submit" className="secondary" disabled={pending} aria-label={`${t('users.changeRole')}: ${email}`}>
        {t('users.save')}
      </button>
      <FormOutcome state={state as FormState} />
    </form>
  );
}

export function SetDisabledForm({ userId, email, disabled }: { userId: number; email: string; disabled: boolean }) {
  const t = useTranslations('auth.users');
  const [state, formAction, pending] = useActionState(setUserDisabledAction, null);
  const label = disabled ? t('enable') : t('disable');
  return (
    <form action={formAction} className="inline-form">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={disabled ? 'false' : 'true'} />
      <button type="submit" className="secondary" disabled={pending} aria-label={`${label}: ${email}`}>
        {label}
      </button>
      <FormOutcome state={state as FormState} />
    </form>
  );
}
