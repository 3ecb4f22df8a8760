'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { staffAction } from '@/lib/auth/guard';
import { AppError } from '@/lib/errors';
import { getEditionByCode } from '@/lib/editions/queries';
import { saveEditionTemplate } from '@/lib/mail/edition-templates';
import { sendTestMessage } from '@/lib/mail/template-preview';
import { templatePreviewSchema, templateSchema } from '@/lib/mail/template-schema';
import { configuredTransport } from '@/lib/mail/transport';

export type TemplateState = { ok: boolean; message?: string; errors?: Record<string, string[]> } | null;

/** Admins only: the wording every later message of the edition uses. */
export const saveTemplateAction = staffAction('admin', templateSchema, async (input, _user, actor): Promise<TemplateState> => {
  const t = await getTranslations('mail.templatesPage');
  const db = getDb();
  const edition = getEditionByCode({ db, code: input.edition });
  if (!edition) throw new AppError('unknown_edition', { message: t('unknownEdition') });
  const saved = await saveEditionTemplate({ db, edition, input, actor });
  revalidatePath(`/admin/editions/${edition.code}/mailings/templates`);
  return { ok: true, message: t(saved.changed ? 'saved' : 'unchanged') };
});

/** The previewed message to the signed-in staff member's own address. */
export const sendTestMessageAction = staffAction(
  'coordinator',
  templatePreviewSchema,
  async (input, user, actor): Promise<TemplateState> => {
    const t = await getTranslations('mail.templatesPage');
    const db = getDb();
    const edition = getEditionByCode({ db, code: input.edition });
    if (!edition) throw new AppError('unknown_edition', { message: t('unknownEdition') });
    const transport = configuredTransport();
    try {
      const result = await sendTestMessage({ db, edition, libraryId: input.libraryId, name: input.name, to: user.email, actor, transport });
      if (result.ok) return { ok: true, message: t('testSent', { email: result.to }) };
      return { ok: false, message: result.reason === 'unknown-library' ? t('unknownLibrary') : t('testFailed', { reply: result.reply }) };
    } finally {
      transport.close();
    }
  },
);
