import { useTranslations } from 'next-intl';
import type { LiveData } from '@/lib/monitoring/live';

/** The headline counts, each with its denominator, the response rate and the days left. */
export function HeadlineFigures({ data }: { data: LiveData }) {
  const t = useTranslations('monitoring.figures');
  const { totals } = data;
  const items = [
    ['notOpened', totals.notOpened],
    ['opened', totals.opened],
    ['started', totals.started],
    ['submitted', totals.submitted],
  ] as const;
  return (
    <section className="card" aria-labelledby="figures-title">
      <h2 id="figures-title">{t('title')}</h2>
      <dl className="monitoring-figures" data-testid="headline-figures">
        <div>
          <dt id="figure-invited">{t('invited')}</dt>
          <dd aria-labelledby="figure-invited">{totals.invited}</dd>
        </div>
        {items.map(([key, value]) => (
          <div key={key}>
            <dt id={`figure-${key}`}>{t(key)}</dt>
            <dd aria-labelledby={`figure-${key}`}>
              {value} <span className="hint">{t('ofInvited', { invited: totals.invited })}</span>
            </dd>
          </div>
        ))}
        <div className="monitoring-rate">
          <dt id="figure-responseRate">{t('responseRate')}</dt>
          <dd aria-labelledby="figure-responseRate">
            {totals.responseRate === null ? t('noRate') : t('responseRateValue', { rate: totals.responseRate })}{' '}
            <span className="hint">{t('responseRateNote', { submitted: totals.submitted, invited: totals.invited })}</span>
          </dd>
        </div>
      </dl>
      <p data-testid="days-left">
        {data.phase === 'closed'
          ? t('closed')
          : data.phase === 'draft' || data.phase === 'scheduled'
            ? t('notOpenYet')
            : data.daysLeft === null
              ? t('noClosing')
              : t('daysLeft', { days: data.daysLeft })}
      </p>
    </section>
  );
}
