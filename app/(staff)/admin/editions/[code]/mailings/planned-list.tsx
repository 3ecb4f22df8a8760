import { getTranslations } from 'next-intl/server';
import { formatDutchMoment } from '@/lib/monitoring/format';
import type { PlannedMailing } from '@/lib/mail/planned';
import { CancelPlanForm } from './plan-form';

/** Dutch wall-clock time, whatever the server's zone: "2024-06-23 09:00". */

/** The planned reminders: those still to come can be cancelled; started ones say what came of them. */
export async function PlannedMailings({ edition, planned }: { edition: string; planned: PlannedMailing[] }) {
  const t = await getTranslations('mail.page');
  const audience = { all: t('audienceAll'), started: t('audienceStarted'), not_started: t('audienceNotStarted') };
  return (
    <section className="card" aria-labelledby="planned-title">
      <h2 id="planned-title">{t('plannedTitle')}</h2>
      {planned.length === 0 && <p>{t('plannedNone')}</p>}
      {planned.length > 0 && (
        <ul className="planned-mailings">
          {planned.map((plan) => {
            const title = t('plannedItem', { at: formatDutchMoment(plan.plannedFor), by: plan.createdBy });
            return (
              <li key={plan.id} className="mailing" aria-label={title}>
                <p>
                  <strong>{title}</strong>{' '}
                  <span className={`mailing-state mailing-state-${plan.state}`}>{t(`plannedState.${plan.state}`)}</span>
                </p>
                <p className="hint">
                  {t('plannedOptions', {
                    audience: audience[plan.audience],
                    notMailed: plan.includeNotMailed ? 'yes' : 'no',
                    minDays: plan.minDays,
                    max: plan.maxReminders === null ? 'none' : String(plan.maxReminders),
                  })}
                </p>
                {plan.outcome && <p>{t(plan.outcome === 'nobody' ? 'plannedNobody' : 'plannedClosed')}</p>}
                {plan.state === 'planned' && (
                  <CancelPlanForm edition={edition} id={plan.id} label={t('cancelPlanLabel', { at: formatDutchMoment(plan.plannedFor) })} />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
