'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { FormOutcome, type FormState } from '../../../../form-parts';
import { startMailingAction } from './actions';

/**
 * The start button of a mailing, which asks first. The rule's fields travel
 * as hidden inputs: the server checks them with the same schema and decides
 * the recipients again when it queues.
 */
export function StartMailingForm({ fields, recipients, id }: { fields: Record<string, string>; recipients: number; id: string }) {
  const t = useTranslations('mail.page');
  const [state, action, pending] = useActionState(startMailingAction, null);
  const [confirming, setConfirming] = useState(false);
  return (
    <div>
      {recipients > 0 && !confirming && (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('start')}
        </button>
      )}
      {confirming && (
        <form
          action={(formData) => {
            setConfirming(false);
            action(formData);
          }}
          className="link-confirm"
          role="group"
          aria-labelledby={`${id}-confirm`}
        >
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <p id={`${id}-confirm`}>{t('confirm', { count: recipients })}</p>
          <div className="inline-form">
            <button type="submit" disabled={pending}>
              {t('confirmYes')}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
      <FormOutcome state={state as FormState} />
    </div>
  );
}
