'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { staffAction } from '@/lib/auth/guard';
import { AppError } from '@/lib/errors';
import { getEditionByCode } from '@/lib/editions/queries';
import { ensureMailSender } from '@/lib/mail/background';
import { markAddressBouncing } from '@/lib/mail/bouncing';
import { formatDutchMoment } from '@/lib/monitoring/format';
import { bouncingSchema, cancelPlanSchema, mailingSchema, planSchema, ruleFromInput } from '@/lib/mail/forms';
import { startMailing } from '@/lib/mail/mailings';
import { cancelPlanned, planReminder } from '@/lib/mail/planned';

export type MailingState = { ok: boolean; message?: string; errors?: Record<string, string[]> } | null;

/**
 * Queues the mailing and wakes the server's sender, which goes on after the
 * browser is closed. A second click (or coordinator) queues nothing new.
 */
export const startMailingAction = staffAction('coordinator', mailingSchema, async (input, _user, actor): Promise<MailingState> => {
  const t = await getTranslations('mail.page');
  const db = getDb();
  const edition = getEditionByCode({ db, code: input.edition });
  if (!edition) throw new AppError('unknown_edition', { message: t('unknownEdition') });
  const result = await startMailing({ db, edition, rule: ruleFromInput(input), actor });
  if (!result.ok) return { ok: false, message: t(result.reason === 'not-open' ? 'notOpen' : result.reason) };
  ensureMailSender(db);
  revalidatePath(`/admin/editions/${edition.code}/mailings`);
  return { ok: true, message: t('started', { count: result.recipients }) };
});

export const markBouncingAction = staffAction('coordinator', bouncingSchema, async (input, _user, actor): Promise<MailingState> => {
  const t = await getTranslations('mail.page');
  const marked = await markAddressBouncing({ db: getDb(), libraryId: input.libraryId, actor });
  if (!marked.ok) return { ok: false, message: t('unknownLibrary') };
  revalidatePath(`/admin/editions/${input.edition}/mailings`);
  return { ok: true, message: t('markedBouncing', { name: marked.name }) };
});

/** Plans a reminder; the server's scheduler starts it at its moment with the eligibility of then. */
export const planReminderAction = staffAction('coordinator', planSchema, async (input, _user, actor): Promise<MailingState> => {
  const t = await getTranslations('mail.page');
  const db = getDb();
  const edition = getEditionByCode({ db, code: input.edition });
  if (!edition) throw new AppError('unknown_edition', { message: t('unknownEdition') });
  const { at, audience, minDays, maxReminders, includeNotMailed } = input;
  const result = await planReminder({
    db,
    edition,
    rule: { kind: 'reminder', audience, minDays, maxReminders, includeNotMailed },
    at,
    actor,
  });
  if (!result.ok) return { ok: false, errors: { at: [t(result.reason === 'after-closing' ? 'afterClosing' : result.reason)] } };
  revalidatePath(`/admin/editions/${edition.code}/mailings`);
  return { ok: true, message: t('plannedOk', { at: formatDutchMoment(at) }) };
});

export const cancelPlannedAction = staffAction('coordinator', cancelPlanSchema, async (input, _user, actor): Promise<MailingState> => {
  const t = await getTranslations('mail.page');
  const db = getDb();
  const edition = getEditionByCode({ db, code: input.edition });
  if (!edition) throw new AppError('unknown_edition', { message: t('unknownEdition') });
  if (!(await cancelPlanned({ db, edition, id: input.id, actor }))) return { ok: false, message: t('planNotCancelled') };
  revalidatePath(`/admin/editions/${edition.code}/mailings`);
  return { ok: true, message: t('planCancelled') };
});
