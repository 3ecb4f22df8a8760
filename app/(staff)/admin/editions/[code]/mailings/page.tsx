import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { requireStaffPage } from '@/lib/auth/guard';
import { getEditionByCode } from '@/lib/editions/queries';
import { DEFAULT_MIN_DAYS } from '@/lib/mail/eligibility';
import { mailingSchema, ruleFromInput } from '@/lib/mail/forms';
import { previewMailing } from '@/lib/mail/mailings';
import { listPlanned, planDueSoon, suggestedPlanMoment } from '@/lib/mail/planned';
import { listMailings } from '@/lib/mail/queries';
import { deliveryDescription } from '@/lib/mail/transport';
import { AutoRefresh } from './auto-refresh';
import { PlanReminderForm } from './plan-form';
import { PlannedMailings } from './planned-list';
import { MailingPreview } from './preview';
import { MailingsProgress } from './progress';
import './mailings.css';

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations('mail.page');
  return { title: t('title', { edition: (await params).code }) };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * Invitation and reminder mailings of an edition (coordinators and admins):
 * where mail goes, who would receive each kind before it is started, and
 * the progress of the mailings the server is sending.
 */
export default async function MailingsPage({ params, searchParams }: Props) {
  await requireStaffPage('coordinator');
  const { code } = await params;
  const db = getDb();
  const edition = getEditionByCode({ db, code });
  if (!edition) notFound();
  const query = await searchParams;
  const t = await getTranslations('mail.page');
  const delivery = deliveryDescription();

  const invitationPreview = await previewMailing({ db, edition, rule: { kind: 'invitation' } });
  const reminderInput = mailingSchema.safeParse({
    kind: 'reminder',
    edition: code,
    audience: first(query.audience),
    minDays: first(query.minDays),
    maxReminders: first(query.maxReminders),
    includeNotMailed: first(query.includeNotMailed),
  });
  const reminderErrors = reminderInput.success ? {} : (z.flattenError(reminderInput.error).fieldErrors as Record<string, string[]>);
  const reminder = reminderInput.success && reminderInput.data.kind === 'reminder' ? reminderInput.data : undefined;
  const reminderPreview = reminder && (await previewMailing({ db, edition, rule: ruleFromInput(reminder) }));
  // The options chosen above, carried on as hidden fields to the start and plan forms.
  const reminderFields = reminder && {
    edition: code,
    audience: reminder.audience,
    minDays: String(reminder.minDays),
    maxReminders: reminder.maxReminders === null ? '' : String(reminder.maxReminders),
    includeNotMailed: reminder.includeNotMailed ? '1' : '',
  };
  const mailings = await listMailings({ db, editionId: edition.id });
  const planned = await listPlanned({ db, editionId: edition.id });

  return (
    <main id="main" className="container">
      <AutoRefresh active={mailings.some((m) => m.state === 'running') || planDueSoon(planned)} />
      <p>
        <Link href={`/admin/editions/${code}`}>{t('back', { edition: code })}</Link>
      </p>
      <h1>{t('title', { edition: code })}</h1>
      <p>{t('intro')}</p>
      <p>
        <Link href={`/admin/editions/${code}/mailings/templates`}>{t('templatesLink')}</Link>
      </p>
      <p className="alert" data-testid="mail-delivery">
        {delivery.kind === 'smtp'
          ? t('deliverySmtp', { host: delivery.target, rate: delivery.rate })
          : t('deliveryFiles', { folder: delivery.target })}
      </p>

      <section className="card" aria-labelledby="invitation-title">
        <h2 id="invitation-title">{t('invitationTitle')}</h2>
        <p>{t('invitationHelp')}</p>
        <MailingPreview preview={invitationPreview} fields={{ kind: 'invitation', edition: code }} id="invitation" />
      </section>

      <section className="card" aria-labelledby="reminder-title">
        <h2 id="reminder-title">{t('reminderTitle')}</h2>
        <p>{t('reminderHelp')}</p>
        <form method="get" className="staff-form mailing-options">
          <fieldset>
            <legend>{t('audience')}</legend>
            {(['all', 'started', 'not_started'] as const).map((audience) => (
              <label key={audience}>
                <input type="radio" name="audience" value={audience} defaultChecked={(reminder?.audience ?? 'all') === audience} />{' '}
                {t(audience === 'all' ? 'audienceAll' : audience === 'started' ? 'audienceStarted' : 'audienceNotStarted')}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="minDays">{t('minDays')}</label>
            <input
              id="minDays"
              name="minDays"
              type="number"
              min={0}
              max={365}
              defaultValue={first(query.minDays) ?? String(DEFAULT_MIN_DAYS)}
              aria-invalid={reminderErrors.minDays ? true : undefined}
              aria-describedby={reminderErrors.minDays ? 'minDays-error' : undefined}
            />
            {reminderErrors.minDays && (
              <p className="field-error" id="minDays-error">
                {reminderErrors.minDays.join(' ')}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor="maxReminders">{t('maxReminders')}</label>
            <input
              id="maxReminders"
              name="maxReminders"
              type="number"
              min={0}
              max={365}
              defaultValue={first(query.maxReminders) ?? ''}
              aria-invalid={reminderErrors.maxReminders ? true : undefined}
              aria-describedby={reminderErrors.maxReminders ? 'maxReminders-error' : undefined}
            />
            {reminderErrors.maxReminders && (
              <p className="field-error" id="maxReminders-error">
                {reminderErrors.maxReminders.join(' ')}
              </p>
            )}
          </div>
          <div className="field">
            <label>
              <input
                type="checkbox"
                name="includeNotMailed"
                value="1"
                defaultChecked={reminder?.includeNotMailed ?? false}
                aria-describedby="includeNotMailed-hint"
              />{' '}
              {t('includeNotMailed')}
            </label>
            <p className="hint" id="includeNotMailed-hint">
              {t('includeNotMailedHint')}
            </p>
          </div>
          <button type="submit" className="secondary">
            {t('showPreview')}
          </button>
        </form>
        {reminderFields && reminderPreview && (
          <MailingPreview preview={reminderPreview} fields={{ kind: 'reminder', ...reminderFields }} id="reminder" />
        )}
        {reminderFields && (
          <div className="mailing-plan">
            <h3 id="plan-title">{t('planTitle')}</h3>
            <p>{t('planHelp')}</p>
            <PlanReminderForm fields={reminderFields} defaultAt={suggestedPlanMoment(edition.closesAt)} />
          </div>
        )}
      </section>

      <PlannedMailings edition={code} planned={planned} />

      <MailingsProgress edition={code} mailings={mailings} />
    </main>
  );
}
