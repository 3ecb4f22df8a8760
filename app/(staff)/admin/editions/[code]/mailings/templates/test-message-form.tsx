'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { TemplateName } from '@/lib/mail/templates';
import { FormOutcome, type FormState } from '../../../../../form-parts';
import { sendTestMessageAction } from './actions';

/** Sends the previewed message to the signed-in staff member's own address. */
export function TestMessageForm({ edition, name, libraryId }: { edition: string; name: TemplateName; libraryId: number }) {
  const t = useTranslations('mail.templatesPage');
  const [state, action, pending] = useActionState(sendTestMessageAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="edition" value={edition} />
      <input type="hidden" name="name" value={name} />
      <input type="hidden" name="libraryId" value={libraryId} />
      <button type="submit" className="secondary" disabled={pending}>
        {t('sendTest')}
      </button>
      <FormOutcome state={state as FormState} />
    </form>
  );
}
