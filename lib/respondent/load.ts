import { headers } from 'next/headers';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { clientKeyFromHeaders } from '@/lib/auth/client-key';
import { editionPhase } from '@/lib/editions/phase';
import { lookUpInvitation } from '@/lib/responses/guess-limit';
import { markInvitationOpened } from '@/lib/invitations/opened';
import { getCurrentResponse } from '@/lib/responses/queries';

/**
 * The invitation behind a link and its current response, loaded once per
 * request however many server components (layout, page, metadata) ask.
 * Unknown tokens count against the client (lib/responses/guess-limit.ts);
 * once it is over the limit proxy.ts answers its /r/... requests for unknown
 * tokens with 429. The first visit while the edition is open is recorded
 * (the coordinators' "opened").
 */
export const loadInvitation = cache(async (token: string) => {
  const db = getDb();
  const lookup = await lookUpInvitation({ db, token, clientKey: clientKeyFromHeaders(await headers()) });
  if (lookup.status !== 'found') return undefined;
  const { context } = lookup;
  const response = getCurrentResponse({ db, edition: context.edition, libraryId: context.library.id });
  const phase = editionPhase(context.edition);
  if (phase === 'open') await markInvitationOpened({ db, invitationId: context.invitationId });
  return { context, response, phase, open: phase === 'open' };
});
