import { getFormatter, getTranslations } from 'next-intl/server';
import type { AuditLogEntry } from '@/lib/audit/queries';
import { AuditDetails } from './audit-details';
import { actionName, actorName, targetName } from './audit-text';

export async function AuditTable({ entries }: { entries: AuditLogEntry[] }) {
  const t = await getTranslations('audit');
  const format = await getFormatter();
  return (
    <div className="card table-scroll" tabIndex={0} role="region" aria-label={t('table.caption')}>
      <table className="audit-table">
        <caption className="visually-hidden">{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.at')}</th>
            <th scope="col">{t('table.actor')}</th>
            <th scope="col">{t('table.action')}</th>
            <th scope="col">{t('table.target')}</th>
            <th scope="col">{t('table.details')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className="audit-at">
                {/* The time zone comes from i18n/request.ts: Europe/Amsterdam. */}
                <time dateTime={entry.at.toISOString()}>{format.dateTime(entry.at, { dateStyle: 'medium', timeStyle: 'medium' })}</time>
              </td>
              <td>{actorName(entry.actor, t)}</td>
              <th scope="row">{actionName(entry.action, t)}</th>
              <td className="audit-target">{targetName(entry.target, t)}</td>
              <td className="audit-details-cell">
                <AuditDetails details={entry.details} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
