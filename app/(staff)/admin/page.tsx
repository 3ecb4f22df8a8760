import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaffPage } from '@/lib/auth/guard';
import { editionPhase, listEditions } from '@/lib/editions/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.overview');
  return { title: t('title') };
}

export default async function StaffOverviewPage() {
  await requireStaffPage('coordinator');
  const t = await getTranslations('auth.overview');
  const tPhase = await getTranslations('editions.phases');
  const tMonitoring = await getTranslations('monitoring');
  const format = await getFormatter();
  const editions = (await listEditions({ db: getDb() })).reverse();
  const date = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: 'medium' }) : '–');
  return (
    <main id="main" className="container">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {editions.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <div className="card table-scroll" tabIndex={0} role="region" aria-label={t('tableLabel')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('edition')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('period')}</th>
                <th scope="col">{t('results')}</th>
              </tr>
            </thead>
            <tbody>
              {editions.map((edition) => (
                <tr key={edition.id}>
                  <th scope="row">
                    <Link href={`/admin/editions/${edition.code}`}>{edition.code}</Link>
                    <br />
                    <span className="hint">{edition.title}</span>
                  </th>
                  <td>{tPhase(editionPhase(edition))}</td>
                  <td>
                    {date(edition.opensAt)} – {date(edition.closesAt)}
                  </td>
                  <td>
                    <Link href={`/admin/editions/${edition.code}/results`}>{t('resultsOf', { edition: edition.code })}</Link>
                    <br />
                    <Link href={`/admin/editions/${edition.code}/invitations`}>{t('invitationsOf', { edition: edition.code })}</Link>
                    <br />
                    <Link href={`/admin/editions/${edition.code}/respons`}>{tMonitoring('linkOf', { edition: edition.code })}</Link>
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
