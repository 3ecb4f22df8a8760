'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FieldError, FormOutcome } from '../../../form-parts';
import { closeEditionAction, editionMomentsAction } from '../actions';
import type { EditionFormState } from '../form-state';
import { ConfirmSubmit } from './confirm-submit';

type MomentsProps = {
  code: string;
  /** What the form offers: moments and opening (a concept), moments only (opened), reopening (closed by an admin). */
  mode: 'concept' | 'opened' | 'reopen';
  opensAt: string;
  closesAt: string;
  /** "Geopend op …" once the edition has opened: its opening moment no longer changes. */
  openedOn: string | null;
};

function MomentField({
  name,
  label,
  value,
  hint,
  errors,
}: {
  name: 'opensAt' | 'closesAt';
  label: string;
  value: string;
  hint?: string;
  errors?: string[];
}) {
  const id = `moment-${name}`;
  const describedBy = [hint ? `${id}-hint` : '', errors?.length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <input
        id={id}
        name={name}
        type="datetime-local"
        defaultValue={value}
        aria-describedby={describedBy}
        aria-invalid={errors?.length ? true : undefined}
      />
      <FieldError id={`${id}-error`} messages={errors} />
    </div>
  );
}

export function MomentsForm({ code, mode, opensAt, closesAt, openedOn }: MomentsProps) {
  const t = useTranslations('editions.detail.moments');
  const [state, formAction, pending] = useActionState(editionMomentsAction, null);
  const s = state as EditionFormState;
  const errors = s && !s.ok ? s.errors : undefined;
  const outcome = s?.ok ? { ok: true, message: t('saved') } : s;
  return (
    <form action={formAction} className="staff-form" noValidate aria-label={t('title')}>
      <input type="hidden" name="code" value={code} />
      <FormOutcome state={outcome} />
      {openedOn ? (
        <p>{t('opensAtFixed', { date: openedOn })}</p>
      ) : (
        <MomentField
          name="opensAt"
          label={t('opensAt')}
          hint={t('opensAtHint')}
          value={s?.values?.opensAt ?? opensAt}
          errors={errors?.opensAt}
        />
      )}
      <MomentField name="closesAt" label={t('closesAt')} value={s?.values?.closesAt ?? closesAt} errors={errors?.closesAt} />
      <div className="form-actions">
        {mode !== 'reopen' && (
          <button type="submit" name="intent" value="save" disabled={pending}>
            {t('save')}
          </button>
        )}
        {mode === 'concept' && (
          <ConfirmSubmit label={t('open')} explanation={t('confirmOpen')} name="intent" value="open" disabled={pending} />
        )}
        {mode === 'reopen' && (
          <ConfirmSubmit label={t('reopen')} explanation={t('confirmReopen')} name="intent" value="open" disabled={pending} />
        )}
      </div>
    </form>
  );
}

export function CloseEditionForm({ code }: { code: string }) {
  const t = useTranslations('editions.detail.moments');
  const [state, formAction, pending] = useActionState(closeEditionAction, null);
  return (
    <form action={formAction} className="staff-form" aria-label={t('close')}>
      <input type="hidden" name="code" value={code} />
      <FormOutcome state={state as EditionFormState} />
      <ConfirmSubmit label={t('close')} explanation={t('confirmClose')} disabled={pending} />
    </form>
  );
}
