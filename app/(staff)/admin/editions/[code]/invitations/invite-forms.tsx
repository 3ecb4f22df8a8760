'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FieldError, FormOutcome, type FormState } from '../../../../form-parts';
import { inviteAction } from './actions';

type Library = { id: number; name: string; province: string };

/** Admins: invite every active library without a link, or a chosen few. */
export function InviteForms({ edition, uninvited }: { edition: string; uninvited: Library[] }) {
  const t = useTranslations('libraries.invitations');
  const [allState, allAction, allPending] = useActionState(inviteAction, null);
  const [someState, someAction, somePending] = useActionState(inviteAction, null);
  const someErrors = someState && !someState.ok ? someState.errors?.libraryIds : undefined;
  return (
    <>
      <form action={allAction} className="staff-form" aria-labelledby="invite-all-title">
        <input type="hidden" name="mode" value="all" />
        <input type="hidden" name="edition" value={edition} />
        <p id="invite-all-title">{t('inviteAllBody', { count: uninvited.length })}</p>
        <FormOutcome state={allState as FormState} />
        {uninvited.length > 0 && (
          <button type="submit" disabled={allPending}>
            {t('inviteAll')}
          </button>
        )}
      </form>
      {uninvited.length > 0 && (
        <form action={someAction} className="staff-form" noValidate>
          <input type="hidden" name="mode" value="selection" />
          <input type="hidden" name="edition" value={edition} />
          <fieldset className="invite-choices" aria-describedby={someErrors ? 'invite-selection-error' : undefined}>
            <legend>{t('selectionLegend')}</legend>
            <FieldError id="invite-selection-error" messages={someErrors} />
            {uninvited.map((library) => (
              <label key={library.id}>
                <input type="checkbox" name="libraryIds" value={library.id} aria-label={t('selectLibrary', { name: library.name })} />
                <span>
                  {library.name} <span className="hint">({library.province})</span>
                </span>
              </label>
            ))}
          </fieldset>
          <button type="submit" className="secondary" disabled={somePending}>
            {t('inviteSelection')}
          </button>
        </form>
      )}
      {/* Outside the selection form: once every chosen library is invited, the form is gone but the outcome stays. */}
      <FormOutcome state={someState && !someErrors ? (someState as FormState) : null} />
    </>
  );
}
