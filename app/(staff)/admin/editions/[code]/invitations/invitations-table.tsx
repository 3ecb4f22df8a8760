import { getFormatter, getTranslations } from 'next-intl/server';
import type { InvitationListItem } from '@/lib/invitations/queries';
import { LinkActions } from './link-actions';

export async function InvitationsTable({ invitations }: { invitations: InvitationListItem[] }) {
  const t = await getTranslations('libraries.invitations');
  const format = await getFormatter();
  return (
    <section className="card table-scroll" aria-labelledby="invitations-list-title" tabIndex={0}>
      <h2 id="invitations-list-title">{t('listTitle', { count: invitations.length })}</h2>
      {invitations.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('library')}</th>
              <th scope="col">{t('email')}</th>
              <th scope="col">{t('invitedAt')}</th>
              <th scope="col">{t('link')}</th>
            </tr>
          </thead>
          <tbody>
            {invitations.map((invitation) => (
              <tr key={invitation.invitationId}>
                <th scope="row">
                  {invitation.name}
                  <br />
                  <span className="hint">
                    {invitation.province}
                    {!invitation.libraryActive && <> · {t('inactiveLibrary')}</>}
                  </span>
                </th>
                <td>{invitation.email}</td>
                <td>{format.dateTime(invitation.createdAt, { dateStyle: 'medium' })}</td>
                <td>
                  <LinkActions invitationId={invitation.invitationId} name={invitation.name} showable={invitation.showable} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
