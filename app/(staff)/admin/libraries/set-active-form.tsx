'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormOutcome, type FormState } from '../../form-parts';
import { setLibraryActiveAction } from './actions';

export function SetActiveForm({ libraryId, active }: { libraryId: number; active: boolean }) {
  const t = useTranslations('libraries.register');
  const [state, formAction, pending] = useActionState(setLibraryActiveAction, null);
  return (
    <form action={formAction} className="inline-form">
      <input type="hidden" name="libraryId" value={libraryId} />
      <input type="hidden" name="active" value={active ? 'false' : 'true'} />
      <button type="submit" className="secondary" disabled={pending}>
        {active ? t('deactivate') : t('reactivate')}
      </button>
      <FormOutcome state={state as FormState} />
    </form>
  );
}
