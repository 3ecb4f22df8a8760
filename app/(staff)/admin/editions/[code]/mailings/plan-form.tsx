'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FieldError, FormOutcome, fieldProps, type FormState } from '../../../../form-parts';
import { cancelPlannedAction, planReminderAction } from './actions';

/**
 * "Herinnering plannen": the reminder options chosen above travel as hidden
 * fields; the moment is typed in Dutch time and checked again by the server.
 */
export function PlanReminderForm({ fields, defaultAt }: { fields: Record<string, string>; defaultAt: string }) {
  const t = useTranslations('mail.page');
  const [state, action, pending] = useActionState(planReminderAction, null);
  const formState = state as FormState;
  return (
    <form action={action} className="staff-form" aria-labelledby="plan-title">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="field">
        <label htmlFor="plan-at">{t('planAt')}</label>
        <input id="plan-at" name="at" type="datetime-local" required defaultValue={defaultAt} {...fieldProps(formState, 'at', 'plan')} />
        <FieldError id="plan-at-error" messages={formState && !formState.ok ? formState.errors?.at : undefined} />
      </div>
      <button type="submit" disabled={pending}>
        {t('planSubmit')}
      </button>
      <FormOutcome state={formState} />
    </form>
  );
}

export function CancelPlanForm({ edition, id, label }: { edition: string; id: number; label: string }) {
  const t = useTranslations('mail.page');
  const [state, action, pending] = useActionState(cancelPlannedAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="edition" value={edition} />
      <input type="hidden" name="id" value={id} />
      {!state?.ok && (
        <button type="submit" className="secondary" disabled={pending} aria-label={label}>
          {t('cancelPlan')}
        </button>
      )}
      <FormOutcome state={state as FormState} />
    </form>
  );
}
