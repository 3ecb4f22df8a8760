'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { replaceLinkAction, showLinkAction, type LinkState } from './actions';

/**
 * "Link tonen" and "Link vervangen" for one invitation. Replacing asks first,
 * since the library's current link then stops working.
 */
export function LinkActions({ invitationId, name, showable }: { invitationId: number; name: string; showable: boolean }) {
  const t = useTranslations('libraries.invitations');
  const [shown, showAction, showing] = useActionState(showLinkAction, null);
  const [replaced, replaceAction, replacing] = useActionState(replaceLinkAction, null);
  const [confirming, setConfirming] = useState(false);
  const [last, setLast] = useState<'show' | 'replace'>('show');
  const outcome = (last === 'replace' ? replaced : shown) as LinkState;
  const confirmId = `replace-confirm-${invitationId}`;
  return (
    <div className="link-actions">
      <div className="inline-form">
        {showable && (
          <form
            action={(formData) => {
              setLast('show');
              showAction(formData);
            }}
          >
            <input type="hidden" name="invitationId" value={invitationId} />
            <button type="submit" className="secondary" disabled={showing} aria-label={t('showLabel', { name })}>
              {t('show')}
            </button>
          </form>
        )}
        {!confirming && (
          <button type="button" className="secondary" onClick={() => setConfirming(true)} aria-label={t('replaceLabel', { name })}>
            {t('replace')}
          </button>
        )}
      </div>
      {!showable && !outcome && <p className="hint">{t('notKept')}</p>}
      {confirming && (
        <form
          action={(formData) => {
            setConfirming(false);
            setLast('replace');
            replaceAction(formData);
          }}
          className="link-confirm"
          role="group"
          aria-labelledby={confirmId}
        >
          <input type="hidden" name="invitationId" value={invitationId} />
          <p id={confirmId}>{t('replaceConfirm', { name })}</p>
          <div className="inline-form">
            <button type="submit" disabled={replacing}>
              {t('replaceYes')}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              {t('replaceCancel')}
            </button>
          </div>
        </form>
      )}
      {outcome?.ok && (
        <div className="alert success" role="status">
          <strong>{outcome.replaced ? t('replaced', { name: outcome.library }) : t('shownTitle', { name: outcome.library })}</strong>
          <code className="secret-value" data-testid="invitation-link">
            {outcome.url}
          </code>
          {!outcome.replaced && t('shownNote')}
        </div>
      )}
      {outcome && !outcome.ok && (
        <div className="alert error" role="alert">
          {outcome.message}
        </div>
      )}
    </div>
  );
}
