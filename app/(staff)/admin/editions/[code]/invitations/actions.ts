'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { actorFromUser } from '@/lib/audit/record';
import { staffAction } from '@/lib/auth/guard';
import { AppError } from '@/lib/errors';
import { getEditionByCode } from '@/lib/editions/queries';
import { invitationLinkSchema, inviteSchema } from '@/lib/invitations/forms';
import { inviteLibraries } from '@/lib/invitations/invite';
import { replaceInvitationLink, showInvitationLink } from '@/lib/invitations/links';

export type InviteState = { ok: boolean; message?: string; errors?: Record<string, string[]> } | null;

/** Admins only: inviting makes links that work as soon as the edition is open. */
export const inviteAction = staffAction('admin', inviteSchema, async (input, user): Promise<InviteState> => {
  const t = await getTranslations('libraries.invitations');
  const db = getDb();
  const edition = getEditionByCode({ db, code: input.edition });
  if (!edition) throw new AppError('unknown_edition', { message: t('unknownEdition') });
  const result = await inviteLibraries({
    db,
    edition,
    actor: actorFromUser(user),
    libraryIds: input.mode === 'selection' ? input.libraryIds : undefined,
  });
  if (!result.ok) return { ok: false, message: result.reason === 'closed' ? t('closed') : t('unknownLibraries') };
  revalidatePath(`/admin/editions/${edition.code}/invitations`);
  const skipped = result.skipped.length > 0 ? ` ${t('skipped', { count: result.skipped.length })}` : '';
  return { ok: true, message: `${t('invited', { count: result.created.length })}${skipped}` };
});

export type LinkState =
  { ok: true; url: string; library: string; replaced: boolean } | { ok: false; message: string; errors?: Record<string, string[]> } | null;

/**
 * Coordinators may give a library its link again (recorded in the audit log).
 * A POST action, never a GET, so no prefetch or crawler can show a link.
 */
export const showLinkAction = staffAction('coordinator', invitationLinkSchema, async ({ invitationId }, user): Promise<LinkState> => {
  const t = await getTranslations('libraries.invitations');
  const shown = await showInvitationLink({ db: getDb(), invitationId, actor: actorFromUser(user) });
  if (!shown.ok)
    return { ok: false, message: t(shown.reason === 'not-kept' ? 'notKept' : shown.reason === 'unreadable' ? 'unreadable' : 'unknown') };
  return { ok: true, url: shown.url, library: shown.library, replaced: false };
});

/** The old link stops working at once; answers saved through it stay with the library. */
export const replaceLinkAction = staffAction('coordinator', invitationLinkSchema, async ({ invitationId }, user): Promise<LinkState> => {
  const t = await getTranslations('libraries.invitations');
  const replaced = await replaceInvitationLink({ db: getDb(), invitationId, actor: actorFromUser(user) });
  if (!replaced.ok) return { ok: false, message: t('unknown') };
  revalidatePath(`/admin/editions/${replaced.edition}/invitations`);
  return { ok: true, url: replaced.url, library: replaced.library, replaced: true };
});
