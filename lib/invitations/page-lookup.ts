import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import type { InvitationContext } from '@/lib/responses/queries';
import { lookUpInvitation } from './guess-limit';

/**
 * For the respondent pages (/r/[token], /r/[token]/afdrukken): the invitation
 * behind the token, counting unknown tokens against the client. An unknown
 * token, or the one that crosses the limit, renders the 404 page; after that
 * proxy.ts answers the client's /r/... requests with 429 until the lock ends.
 */
export async function requireInvitation(token: string): Promise<InvitationContext> {
  const lookup = lookUpInvitation({ db: getDb(), token, headers: await headers() });
  if (lookup.status !== 'found') notFound();
  return lookup.context;
}
