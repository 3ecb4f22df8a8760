import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { LiveData } from '@/lib/monitoring/live';
import { formatDutchMoment } from '@/lib/monitoring/format';
import { ShowLink } from './show-link';

export type Paging = { offset: number; limit: number; capped: boolean; previous: string | null; next: string | null };

/** The libraries matching the reader's filters, one page of them, each with its timeline and its link on request. */
export function LibraryTable({ data, paging, controls }: { data: LiveData; paging: Paging; controls: ReactNode }) {
  const t = useTranslations('monitoring');
  const shown = data.libraries.length;
  const hasNext = paging.next !== null && paging.offset + shown < data.matching;
  return (
    <section className="card" aria-labelledby="libraries-title" id="libraries">
      <h2 id="libraries-title">{t('libraries.title')}</h2>
      {controls}
      <p role="status" data-testid="matching">
        {t('libraries.matching', { count: data.matching })}
        {shown > 0 && shown < data.matching && <> · {t('libraries.showing', { from: paging.offset + 1, to: paging.offset + shown })}</>}
      </p>
      {paging.capped && data.matching > shown && <p className="alert warning">{t('libraries.capped', { cap: paging.limit })}</p>}
      {shown > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('libraries.caption')}>
          <table className="monitoring-libraries">
            <caption className="visually-hidden">{t('libraries.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('libraries.name')}</th>
                <th scope="col">{t('libraries.email')}</th>
                <th scope="col">{t('libraries.status')}</th>
                <th scope="col">{t('libraries.lastActivity')}</th>
                <th scope="col">{t('libraries.invitedAt')}</th>
                <th scope="col">{t('libraries.reminders')}</th>
                <th scope="col">{t('libraries.link')}</th>
              </tr>
            </thead>
            <tbody>
              {data.libraries.map((library) => (
                <tr key={library.invitationId} data-status={library.status}>
                  <th scope="row">
                    {library.name}
                    <br />
                    <span className="hint">{library.province}</span>
                    <details className="monitoring-timeline">
                      <summary aria-label={t('libraries.timelineOf', { name: library.name })}>{t('libraries.timeline')}</summary>
                      <ol>
                        {library.timeline.map((entry, index) => (
                          <li key={index} data-event={entry.event === 'mail' ? `mail-${entry.result}` : entry.event}>
                            <time dateTime={entry.at}>{formatDutchMoment(entry.at)}</time>{' '}
                            {entry.event === 'mail'
                              ? t(
                                  entry.result === 'sent'
                                    ? 'libraries.events.mailSent'
                                    : entry.result === 'failed'
                                      ? 'libraries.events.mailFailed'
                                      : 'libraries.events.mailSkipped',
                                  {
                                    kind: entry.kind,
                                    detail: entry.detail ?? '',
                                  },
                                )
                              : t(`libraries.events.${entry.event}`, { count: library.remindersSent })}
                          </li>
                        ))}
                      </ol>
                    </details>
                  </th>
                  <td>
                    <a href={`mailto:${library.email}`}>{library.email}</a>
                  </td>
                  <td>
                    <span className={`monitoring-status monitoring-status-${library.status}`}>{t(`statuses.${library.status}`)}</span>
                    {library.pendingChanges && (
                      <>
                        <br />
                        <span className="hint">{t('libraries.pendingChanges')}</span>
                      </>
                    )}
                  </td>
                  <td>{library.lastActivityAt ? formatDutchMoment(library.lastActivityAt) : t('libraries.never')}</td>
                  <td>{formatDutchMoment(library.invitedAt)}</td>
                  <td>
                    {library.lastRemindedAt
                      ? t('libraries.remindersValue', {
                          count: library.remindersSent,
                          date: formatDutchMoment(library.lastRemindedAt).slice(0, 10),
                        })
                      : t('libraries.remindersValue', { count: 0, date: '' })}
                  </td>
                  <td>
                    <ShowLink invitationId={library.invitationId} name={library.name} showable={library.linkShowable} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(paging.previous || hasNext) && (
        <nav className="audit-pagination" aria-label={t('libraries.title')}>
          {paging.previous && <a href={paging.previous}>{t('libraries.previous')}</a>}
          {hasNext && <a href={paging.next!}>{t('libraries.next')}</a>}
        </nav>
      )}
    </section>
  );
}
