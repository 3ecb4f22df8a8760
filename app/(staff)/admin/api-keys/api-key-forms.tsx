'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FieldError, FormOutcome, fieldProps, type FormState } from '../../form-parts';
import { createApiKeyAction, revokeApiKeyAction, type CreatedKey } from './actions';

export function CreateApiKeyForm() {
  const t = useTranslations('auth.apiKeys');
  const [state, formAction, pending] = useActionState(createApiKeyAction, null);
  const created = state && state.ok && 'key' in state ? (state as CreatedKey) : undefined;
  const failed = state && !state.ok ? (state as FormState) : null;
  return (
    <form action={formAction} className="staff-form" noValidate aria-labelledby="create-key-title">
      <h2 id="create-key-title">{t('createTitle')}</h2>
      {created && (
        <div className="alert success" role="status">
          <strong>{t('createdTitle', { name: created.name })}</strong>
          <code className="secret-value" data-testid="new-api-key">
            {created.key}
          </code>
          {t('createdBody')}
        </div>
      )}
      <FormOutcome state={failed} />
      <div className="field">
        <label htmlFor="key-name">{t('name')}</label>
        <p className="hint" id="key-name-hint">
          {t('nameHint')}
        </p>
        <input
          id="key-name"
          name="name"
          type="text"
          autoComplete="off"
          required
          {...fieldProps(failed, 'name', 'key')}
          aria-describedby={failed?.errors?.name ? 'key-name-hint key-name-error' : 'key-name-hint'}
        />
        <FieldError id="key-name-error" messages={failed?.errors?.name} />
      </div>
      <button type="submit" disabled={pending}>
        {t('create')}
      </button>
    </form>
  );
}

export function RevokeApiKeyForm({ keyId, name }: { keyId: number; name: string }) {
  const t = useTranslations('auth.apiKeys');
  const [state, formAction, pending] = useActionState(revokeApiKeyAction, null);
  return (
    <form action={formAction} className="inline-form">
      <input type="hidden" name="keyId" value={keyId} />
      <button type="submit" className="secondary" disabled={pending} aria-label={t('revokeLabel', { name })}>
        {t('revoke')}
      </button>
      <FormOutcome state={state as FormState} />
    </form>
  );
}
