'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { staffAction } from '@/lib/auth/guard';
import { AppError } from '@/lib/errors';
import { changeRoleSchema, createUserSchema, resetPasswordSchema, setDisabledSchema, type FormResult } from '@/lib/auth/forms';
import { generatePassword, resetUserPassword } from '@/lib/auth/password-reset';
import { createUser, listUsers, setUserDisabled, setUserRole } from '@/lib/auth/users';

export const createUserAction = staffAction('admin', createUserSchema, async (input, _user, actor): Promise<FormResult> => {
  const t = await getTranslations('auth.users');
  const result = await createUser({ db: getDb(), ...input, actor });
  if (!result.ok) return { ok: false, errors: { email: [t('exists')] } };
  revalidatePath('/admin/users');
  return { ok: true, message: t('created', { email: result.user.email }) };
});

async function targetEmail(userId: number): Promise<string | undefined> {
  return (await listUsers({ db: getDb() })).find((u) => u.id === userId)?.email;
}

export const changeRoleAction = staffAction('admin', changeRoleSchema, async ({ userId, role }, user, actor): Promise<FormResult> => {
  const t = await getTranslations('auth');
  // Changing or disabling yourself could leave nobody able to manage accounts.
  if (userId === user.id) throw new AppError('conflict', { message: t('users.notYourself') });
  const email = await targetEmail(userId);
  if (!email || !(await setUserRole({ db: getDb(), id: userId, role, actor })))
    throw new AppError('not_found', { message: t('users.unknown') });
  revalidatePath('/admin/users');
  return { ok: true, message: t('users.roleChanged', { email, role: t(`staff.roles.${role}`) }) };
});

/** A disabled account's session stops at its next request, and stays void when the account is enabled again. */
export const setUserDisabledAction = staffAction(
  'admin',
  setDisabledSchema,
  async ({ userId, disabled }, user, actor): Promise<FormResult> => {
    const t = await getTranslations('auth.users');
    if (userId === user.id) throw new AppError('conflict', { message: t('notYourself') });
    const email = await targetEmail(userId);
    if (!email || !(await setUserDisabled({ db: getDb(), id: userId, disabled, actor })))
      throw new AppError('not_found', { message: t('unknown') });
    revalidatePath('/admin/users');
    return { ok: true, message: t(disabled ? 'disabledDone' : 'enabledDone', { email }) };
  },
);

export type PasswordResetDone = { ok: true; message: string; email: string; generated?: string };

/**
 * A generated password goes back once, to the admin who asked, in the
 * action's answer; it is stored only as its hash.
 */
export const resetPasswordAction = staffAction(
  'admin',
  resetPasswordSchema,
  async ({ userId, password }, user, actor): Promise<PasswordResetDone | FormResult> => {
    const t = await getTranslations('auth');
    if (userId === user.id) throw new AppError('conflict', { message: t('resetPassword.notYourself') });
    const generated = password ? undefined : generatePassword();
    const result = await resetUserPassword({ db: getDb(), id: userId, password: password ?? generated!, generated: !password, actor });
    if (!result.ok) throw new AppError('not_found', { message: t('users.unknown') });
    return {
      ok: true,
      message: t('resetPassword.done', { email: result.email }),
      email: result.email,
      ...(generated ? { generated } : {}),
    };
  },
);
