import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { hasRole, requireStaffPage } from '@/lib/auth/guard';
import { editionPhase } from '@/lib/editions/phase';
import { getEditionByCode } from '@/lib/editions/queries';
import { listUninvitedLibraries } from '@/lib/invitations/invite';
import { listInvitations } from '@/lib/invitations/queries';
import { InvitationsTable } from './invitations-table';
import { InviteForms } from './invite-forms';
import '../../../libraries/libraries.css';

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations('libraries.invitations');
  return { title: t('title', { edition: (await params).code }) };
}

/** Who is invited for an edition; coordinators show or replace a link, admins also invite. */
export default async function InvitationsPage({ params }: Props) {
  const user = await requireStaffPage('coordinator');
  const db = getDb();
  const edition = getEditionByCode({ db, code: (await params).code });
  if (!edition) notFound();
  const t = await getTranslations('libraries.invitations');
  const tStatus = await getTranslations('auth.overview.statuses');
  const invitations = await listInvitations({ db, editionId: edition.id });
  const closed = editionPhase(edition) === 'closed';
  const canInvite = hasRole(user.role, 'admin') && !closed;
  return (
    <main id="main" className="container">
      <p>
        <Link href="/admin">{t('back')}</Link>
      </p>
      <h1>{t('title', { edition: edition.code })}</h1>
      <p>{t('intro')}</p>
      <p>{t('status', { status: tStatus(edition.status) })}</p>
      {edition.status === 'draft' && <p className="alert warning">{t('draftNote')}</p>}
      {closed && <p className="alert">{t('closedNote')}</p>}
      {canInvite && (
        <section className="card" aria-labelledby="invite-title">
          <h2 id="invite-title">{t('inviteTitle')}</h2>
          <InviteForms
            edition={edition.code}
            uninvited={(await listUninvitedLibraries({ db, editionId: edition.id })).map(({ id, name, province }) => ({
              id,
              name,
              province,
            }))}
          />
        </section>
      )}
      <InvitationsTable invitations={invitations} />
    </main>
  );
}
