'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { showLinkAction } from '../invitations/actions';

/** The invitations page's "Link tonen": a POST action that records the showing in the audit log. */
export function ShowLink({ invitationId, name, showable }: { invitationId: number; name: string; showable: boolean }) {
  const t = useTranslations('libraries.invitations');
  const [shown, action, showing] = useActionState(showLinkAction, null);
  if (!showable) return <span className="hint">{t('notKept')}</span>;
  return (
    <div className="link-actions">
      <form action={action}>
        <input type="hidden" name="invitationId" value={invitationId} />
        <button type="submit" className="secondary" disabled={showing} aria-label={t('showLabel', { name })}>
          {t('show')}
        </button>
      </form>
      {shown?.ok && (
        <div className="alert success" role="status">
          <code className="secret-value" data-testid="invitation-link">
            {shown.url}
          </code>
        </div>
      )}
      {shown && !shown.ok && (
        <div className="alert error" role="alert">
          {shown.message}
        </div>
      )}
    </div>
  );
}
