import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { hasRole, requireStaffPage } from '@/lib/auth/guard';
import { listEditionSummaries } from '@/lib/editions/overview';
import './editions.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('editions.list');
  return { title: t('title') };
}

/** Every edition with its phase, moments and response; coordinators read, admins also start a new one. */
export default async function EditionsPage() {
  const user = await requireStaffPage('coordinator');
  const isAdmin = hasRole(user.role, 'admin');
  const t = await getTranslations('editions');
  const format = await getFormatter();
  const editions = await listEditionSummaries({ db: getDb() });
  const moment = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' }) : t('list.noMoment'));
  return (
    <main id="main" className="container">
      <h1>{t('list.title')}</h1>
      <p>{isAdmin ? t('list.intro') : t('list.introReadOnly')}</p>
      {isAdmin && (
        <p>
          <Link href="/admin/editions/new" className="button">
            {t('list.new')}
          </Link>
        </p>
      )}
      {editions.length === 0 ? (
        <p>{t('list.none')}</p>
      ) : (
        <div className="card table-scroll" tabIndex={0} role="region" aria-label={t('list.title')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('list.edition')}</th>
                <th scope="col">{t('list.status')}</th>
                <th scope="col">{t('list.opensAt')}</th>
                <th scope="col">{t('list.closesAt')}</th>
                <th scope="col" className="numeric">
                  {t('list.invited')}
                </th>
                <th scope="col">{t('list.responses')}</th>
                <th scope="col">{t('list.results')}</th>
              </tr>
            </thead>
            <tbody>
              {editions.map((edition) => (
                <tr key={edition.code}>
                  <th scope="row">
                    <Link href={`/admin/editions/${edition.code}`}>{edition.code}</Link>
                    <br />
                    <span className="hint">{edition.title}</span>
                  </th>
                  <td>
                    <span className={`edition-phase edition-phase-${edition.phase}`}>{t(`phases.${edition.phase}`)}</span>
                  </td>
                  <td>{moment(edition.opensAt)}</td>
                  <td>{moment(edition.closesAt)}</td>
                  <td className="numeric">{edition.invited}</td>
                  <td>{t('list.responsesValue', { submitted: edition.submitted, inProgress: edition.inProgress })}</td>
                  <td>
                    <Link href={`/admin/editions/${edition.code}/results`}>{t('list.resultsOf', { edition: edition.code })}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
