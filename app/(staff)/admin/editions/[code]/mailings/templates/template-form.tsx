'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { z } from 'zod/mini';
import { templateSchema, BODY_MAX, SUBJECT_MAX } from '@/lib/mail/template-schema';
import type { TemplateName } from '@/lib/mail/templates';
import { FieldError, FormOutcome, fieldProps, type FormState } from '../../../../../form-parts';
import { saveTemplateAction } from './actions';

/**
 * One template's subject and body (admins). Checked with the action's own
 * schema before sending, so an unknown placeholder is refused at its field
 * at once; the server checks again and refuses the same way.
 */
export function TemplateForm({ edition, name, subject, body }: { edition: string; name: TemplateName; subject: string; body: string }) {
  const t = useTranslations('mail.templatesPage');
  const [state, action, pending] = useActionState(saveTemplateAction, null);
  const [local, setLocal] = useState<FormState>(null);
  const shown = (local ?? state) as FormState;
  const id = `template-${name}`;
  return (
    <form
      action={action}
      noValidate
      className="staff-form"
      onSubmit={(event) => {
        const values = Object.fromEntries(new FormData(event.currentTarget));
        const parsed = templateSchema.safeParse(values);
        if (parsed.success) {
          setLocal(null);
          return;
        }
        event.preventDefault();
        setLocal({ ok: false, errors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> });
      }}
    >
      <input type="hidden" name="edition" value={edition} />
      <input type="hidden" name="name" value={name} />
      <div className="field">
        <label htmlFor={`${id}-subject`}>{t('subject')}</label>
        <input
          id={`${id}-subject`}
          name="subject"
          type="text"
          maxLength={SUBJECT_MAX}
          defaultValue={subject}
          {...fieldProps(shown, 'subject', id)}
        />
        <FieldError id={`${id}-subject-error`} messages={shown && !shown.ok ? shown.errors?.subject : undefined} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-body`}>{t('body')}</label>
        <textarea id={`${id}-body`} name="body" rows={14} maxLength={BODY_MAX} defaultValue={body} {...fieldProps(shown, 'body', id)} />
        <FieldError id={`${id}-body-error`} messages={shown && !shown.ok ? shown.errors?.body : undefined} />
      </div>
      <button type="submit" disabled={pending}>
        {t('save')}
      </button>
      <FormOutcome state={local ? null : (state as FormState)} />
    </form>
  );
}
