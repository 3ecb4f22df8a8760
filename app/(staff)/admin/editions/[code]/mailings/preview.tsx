import { getTranslations } from 'next-intl/server';
import type { Preview } from '@/lib/mail/mailings';
import { StartMailingForm } from './start-form';

/** "Wie krijgt deze mail": the count, who is left out and why, the names, and the start button. */
export async function MailingPreview({ preview, fields, id }: { preview: Preview; fields: Record<string, string>; id: string }) {
  const t = await getTranslations('mail.page');
  const tReason = await getTranslations('mail.reasons');
  const excluded = Object.entries(preview.excluded).filter(([reason]) => reason !== 'queued');
  const queued = preview.excluded.queued ?? 0;
  if (preview.blocked) return <p className="alert">{t(preview.blocked === 'closed' ? 'closed' : 'notOpen')}</p>;
  return (
    <div className="mailing-preview">
      <h3 id={`${id}-preview`}>{t('preview')}</h3>
      <p role="status" aria-labelledby={`${id}-preview`}>
        {t('recipients', { count: preview.recipients.length })}
      </p>
      {(excluded.length > 0 || queued > 0) && (
        <ul className="hint">
          {excluded.map(([reason, count]) => (
            <li key={reason}>
              {t('excluded', { count: count ?? 0 })} {tReason(reason as 'submitted')}
            </li>
          ))}
          {queued > 0 && <li>{t('queued', { count: queued })}</li>}
        </ul>
      )}
      {preview.recipients.length > 0 && (
        <details>
          <summary>{t('names')}</summary>
          <ul>
            {preview.recipients.map((r) => (
              <li key={r.libraryId}>
                {r.name} <span className="hint">({r.email})</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      <StartMailingForm fields={fields} recipients={preview.recipients.length} id={id} />
    </div>
  );
}
