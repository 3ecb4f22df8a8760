import { getFormatter, getTranslations } from 'next-intl/server';
import type { MailingProgress } from '@/lib/mail/queries';
import { BouncingForm } from './bouncing-form';

/** The edition's mailings with their counts, and per mailing the messages that failed or were skipped, with the server's reply. */
export async function MailingsProgress({ edition, mailings }: { edition: string; mailings: MailingProgress[] }) {
  const t = await getTranslations('mail.page');
  const tKind = await getTranslations('mail.kinds');
  const tReason = await getTranslations('mail.reasons');
  const format = await getFormatter();
  const reasonText = (reply: string) => (tReason.has(reply as 'submitted') ? tReason(reply as 'submitted') : reply);
  return (
    <section className="card" aria-labelledby="progress-title">
      <h2 id="progress-title">{t('progressTitle')}</h2>
      {mailings.length === 0 && <p>{t('none')}</p>}
      {mailings.map((mailing) => {
        const title = t('mailing', {
          kind: tKind(mailing.kind),
          at: format.dateTime(mailing.createdAt, { dateStyle: 'medium', timeStyle: 'short' }),
          by: mailing.createdBy,
        });
        const pending = mailing.counts.queued + mailing.counts.sending;
        return (
          <article key={mailing.id} className="mailing" aria-label={title}>
            <h3>
              {title} <span className={`mailing-state mailing-state-${mailing.state}`}>{t(`state.${mailing.state}`)}</span>
            </h3>
            <p>{t('counts', { sent: mailing.counts.sent, skipped: mailing.counts.skipped, failed: mailing.counts.failed, pending })}</p>
            {mailing.problems.length > 0 && (
              <div className="table-scroll" tabIndex={0} role="region" aria-label={t('problemsRegion', { mailing: title })}>
                <table>
                  <caption>{t('problemsCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('library')}</th>
                      <th scope="col">{t('email')}</th>
                      <th scope="col">{t('reason')}</th>
                      <th scope="col">
                        <span className="visually-hidden">{t('markBouncingShort')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {mailing.problems.map((p) => (
                      <tr key={p.outboxId}>
                        <th scope="row">{p.library}</th>
                        <td>{p.email}</td>
                        <td>
                          {t(`problem.${p.status}`)}: {reasonText(p.reply)}
                        </td>
                        <td>
                          {p.status === 'failed' && !p.bouncing ? (
                            <BouncingForm edition={edition} libraryId={p.libraryId} name={p.library} />
                          ) : null}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </article>
        );
      })}
    </section>
  );
}
