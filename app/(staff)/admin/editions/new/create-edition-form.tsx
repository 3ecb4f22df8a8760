'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FieldError, FormOutcome, fieldProps } from '../../../form-parts';
import { createEditionAction } from '../actions';
import type { EditionFormState } from '../form-state';

export function CreateEditionForm({ sources, suggestedCode }: { sources: { code: string; title: string }[]; suggestedCode: string }) {
  const t = useTranslations('editions.new');
  const [state, formAction, pending] = useActionState(createEditionAction, null);
  const s = state as EditionFormState;
  const errors = s && !s.ok ? s.errors : undefined;
  return (
    <form action={formAction} className="staff-form" noValidate aria-label={t('title')}>
      <FormOutcome state={s} />
      <div className="field">
        <label htmlFor="new-code">{t('code')}</label>
        <p className="hint" id="new-code-hint">
          {t('codeHint')}
        </p>
        <input
          id="new-code"
          name="code"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          required
          maxLength={40}
          defaultValue={s?.values?.code ?? suggestedCode}
          aria-describedby={errors?.code ? 'new-code-hint new-code-error' : 'new-code-hint'}
          aria-invalid={errors?.code ? true : undefined}
        />
        <FieldError id="new-code-error" messages={errors?.code} />
      </div>
      <div className="field">
        <label htmlFor="new-from">{t('from')}</label>
        <select id="new-from" name="from" defaultValue={s?.values?.from ?? sources[0]?.code} {...fieldProps(s, 'from', 'new')}>
          {sources.map((source) => (
            <option key={source.code} value={source.code}>
              {source.code} – {source.title}
            </option>
          ))}
        </select>
        <FieldError id="new-from-error" messages={errors?.from} />
      </div>
      <button type="submit" disabled={pending}>
        {t('submit')}
      </button>
    </form>
  );
}
