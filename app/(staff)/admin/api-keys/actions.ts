'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { createApiKey, listApiKeys, revokeApiKey } from '@/lib/auth/api-keys';
import { createApiKeySchema, revokeApiKeySchema, type FormResult } from '@/lib/auth/forms';
import { staffAction } from '@/lib/auth/guard';
import { AppError } from '@/lib/errors';

export type CreatedKey = { ok: true; message: string; name: string; key: string };

/** The key itself is returned once, to the admin who made it, and never stored. */
export const createApiKeyAction = staffAction('admin', createApiKeySchema, async ({ name }, _user, actor): Promise<CreatedKey> => {
  const t = await getTranslations('auth.apiKeys');
  const { key } = await createApiKey({ db: getDb(), name, actor });
  revalidatePath('/admin/api-keys');
  return { ok: true, message: t('createdTitle', { name }), name, key };
});

export const revokeApiKeyAction = staffAction('admin', revokeApiKeySchema, async ({ keyId }, _user, actor): Promise<FormResult> => {
  const t = await getTranslations('auth.apiKeys');
  const db = getDb();
  const name = (await listApiKeys({ db })).find((k) => k.id === keyId)?.name;
  if (!name || !(await revokeApiKey({ db, id: keyId, actor }))) throw new AppError('not_found', { message: t('unknown') });
  revalidatePath('/admin/api-keys');
  return { ok: true, message: t('revokedDone', { name }) };
});
