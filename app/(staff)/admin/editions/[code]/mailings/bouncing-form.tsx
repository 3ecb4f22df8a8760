'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormOutcome, type FormState } from '../../../../form-parts';
import { markBouncingAction } from './actions';

export function BouncingForm({ edition, libraryId, name }: { edition: string; libraryId: number; name: string }) {
  const t = useTranslations('mail.page');
  const [state, action, pending] = useActionState(markBouncingAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="edition" value={edition} />
      <input type="hidden" name="libraryId" value={libraryId} />
      {!state?.ok && (
        <button type="submit" className="secondary" disabled={pending} aria-label={t('markBouncing', { name })}>
          {t('markBouncingShort')}
        </button>
      )}
      <FormOutcome state={state as FormState} />
    </form>
  );
}
