'use server';

import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { clientKeyFromHeaders } from '@/lib/auth/client-key';
import { lookUpInvitation } from '@/lib/invitations/guess-limit';
import { ensureMailSender } from '@/lib/mail/background';
import { handleFormPost } from '@/lib/respondent/form-post';
import type { PostedForm } from '@/lib/respondent/form-post-state';

/**
 * The questionnaire form's action when it is posted as an ordinary HTML form
 * (before or without JavaScript; once the page runs, the client form saves
 * through the API instead and never calls this). Moves on with a 303, or
 * returns what the re-rendered page shows.
 */
export async function postQuestionnaire(token: string, _previous: PostedForm, form: FormData): Promise<PostedForm> {
  const db = getDb();
  const lookup = lookUpInvitation({ db, token, clientKey: clientKeyFromHeaders(await headers()) });
  if (lookup.status !== 'found') notFound();
  const outcome = handleFormPost({ db, context: lookup.context, token, form });
  if ('state' in outcome) return outcome.state;
  if (outcome.submitted) ensureMailSender(db);
  redirect(outcome.redirect);
}
