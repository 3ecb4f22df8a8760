import { cache } from 'react';
import { getDb } from '@/db/client';
import { isEditionOpen } from '@/lib/editions/queries';
import { findInvitationByToken, getCurrentResponse } from '@/lib/responses/queries';

/**
 * The invitation behind a link and its current response, loaded once per
 * request however many server components (layout, page, metadata) ask.
 */
export const loadInvitation = cache((token: string) => {
  const db = getDb();
  const context = findInvitationByToken({ db, token });
  if (!context) return undefined;
  const response = getCurrentResponse({ db, edition: context.edition, libraryId: context.library.id });
  return { context, response, open: isEditionOpen(context.edition) };
});
