import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { hasRole, requireStaffPage } from '@/lib/auth/guard';
import { creationReview } from '@/lib/editions/create-from';
import { toAmsterdamLocal } from '@/lib/editions/moments';
import { findEditionSummary } from '@/lib/editions/overview';
import { getEditionByCode } from '@/lib/editions/queries';
import { describePath } from '@/lib/questionnaire/definition-paths';
import { listQuestions } from '@/lib/questionnaire/definition';
import { DefinitionUploadForm } from './definition-upload-form';
import { CloseEditionForm, MomentsForm } from './moments-forms';
import '../editions.css';

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations('editions.detail');
  return { title: t('title', { code: (await params).code }) };
}

/**
 * One edition: where it stands, its moments with open/close/extend (admins),
 * the school-year replacements of a fresh copy to review, and its
 * definition as JSON (download for all staff, upload for admins).
 */
export default async function EditionPage({ params, searchParams }: Props) {
  const user = await requireStaffPage('coordinator');
  const isAdmin = hasRole(user.role, 'admin');
  const { code } = await params;
  const db = getDb();
  const edition = getEditionByCode({ db, code });
  const summary = edition && (await findEditionSummary({ db, code }));
  if (!edition || !summary) notFound();
  const query = await searchParams;
  const t = await getTranslations('editions.detail');
  const tPhase = await getTranslations('editions.phases');
  const tEditor = await getTranslations('editor.links');
  const tMonitoring = await getTranslations('monitoring');
  const tMail = await getTranslations('mail.page');
  const tExport = await getTranslations('exports');
  const format = await getFormatter();
  const moment = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: 'long', timeStyle: 'short' }) : t('noMoment'));
  const { phase } = summary;
  const review = edition.status === 'draft' ? await creationReview({ db, code }) : undefined;
  const hasOpened = edition.status === 'closed' || (edition.status === 'open' && phase !== 'scheduled');
  const done =
    query.gedaan === 'geopend' ? t('moments.opened', { code }) : query.gedaan === 'gesloten' ? t('moments.closed', { code }) : null;
  const questionCount = listQuestions(edition.definition).length;

  return (
    <main id="main" className="container">
      <p>
        <Link href="/admin/editions">{t('back')}</Link>
      </p>
      <h1>{t('title', { code })}</h1>
      <p className="hint">{edition.title}</p>
      {query.aangemaakt === '1' && (
        <p className="alert success" role="status">
          {t('created', { code })}
        </p>
      )}
      {done && (
        <p className="alert success" role="status">
          {done}
        </p>
      )}

      <section className="card" aria-labelledby="facts-title">
        <h2 id="facts-title">{t('facts')}</h2>
        <dl className="edition-facts">
          <dt>{t('status')}</dt>
          <dd>
            <span className={`edition-phase edition-phase-${phase}`}>{tPhase(phase)}</span> {t(`phaseHelp.${phase}`)}
          </dd>
          <dt>{t('opensAt')}</dt>
          <dd>{moment(edition.opensAt)}</dd>
          <dt>{t('closesAt')}</dt>
          <dd>{moment(edition.closesAt)}</dd>
          <dt>{t('invited')}</dt>
          <dd>{summary.invited}</dd>
          <dt>{t('submitted')}</dt>
          <dd>{summary.submitted}</dd>
          <dt>{t('inProgress')}</dt>
          <dd>{summary.inProgress}</dd>
        </dl>
        {summary.previousEdition && (
          <p>
            {t('copyOf', { code: summary.previousEdition })}{' '}
            <Link href={`/admin/editions/${summary.previousEdition}`}>{t('title', { code: summary.previousEdition })}</Link>
          </p>
        )}
        <p>
          <Link href={`/admin/editions/${code}/results`}>{t('results')}</Link>
        </p>
        <p>
          <Link href={`/admin/editions/${code}/respons`}>{tMonitoring('linkFromEdition')}</Link>
        </p>
        <p>
          <Link href={`/admin/editions/${code}/mailings`}>{tMail('linkToPage')}</Link>
        </p>
        {isAdmin && (
          <p>
            <Link href={`/admin/editions/${code}/export`}>{tExport('linkFromEdition')}</Link>
          </p>
        )}
      </section>

      {review && (
        <section className="card" aria-labelledby="review-title">
          <h2 id="review-title">{t('review.title')}</h2>
          {review.replacements.length === 0 ? (
            <p>{t('review.none', { from: review.from })}</p>
          ) : (
            <>
              <p>{t('review.intro', { from: review.from })}</p>
              <div className="table-scroll" tabIndex={0} role="region" aria-label={t('review.title')}>
                <table className="change-list">
                  <thead>
                    <tr>
                      <th scope="col">{t('review.where')}</th>
                      <th scope="col">{t('review.from')}</th>
                      <th scope="col">{t('review.to')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {review.replacements.map((r) => (
                      <tr key={r.path}>
                        <th scope="row">{describePath(edition.definition, r.path)}</th>
                        <td>{String(r.from)}</td>
                        <td>{String(r.to)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </section>
      )}

      {isAdmin && (
        <section className="card" aria-labelledby="moments-title">
          <h2 id="moments-title">{t('moments.title')}</h2>
          <p className="hint">{t('moments.intro')}</p>
          <MomentsForm
            key={`${edition.status}-${phase}`}
            code={code}
            mode={edition.status === 'draft' ? 'concept' : edition.status === 'closed' ? 'reopen' : 'opened'}
            opensAt={edition.opensAt ? toAmsterdamLocal(edition.opensAt) : ''}
            closesAt={edition.closesAt ? toAmsterdamLocal(edition.closesAt) : ''}
            openedOn={hasOpened ? moment(edition.opensAt) : null}
          />
          {(phase === 'open' || phase === 'scheduled') && <CloseEditionForm key={phase} code={code} />}
        </section>
      )}

      <section className="card" aria-labelledby="definition-title">
        <h2 id="definition-title">{t('definition.title')}</h2>
        <p>{t('definition.summary', { pages: edition.definition.pages.length, questions: questionCount })}</p>
        <p>{edition.status === 'draft' ? t('definition.draftNote') : t('definition.lockedNote')}</p>
        <p className="edition-links">
          {isAdmin && (
            <Link href={`/admin/editions/${code}/vragenlijst`}>{edition.status === 'draft' ? tEditor('edit') : tEditor('correct')}</Link>
          )}
          <Link href={`/admin/editions/${code}/vragenlijst/voorbeeld`}>{tEditor('preview')}</Link>
        </p>
        <p>
          <a href={`/api/v1/editions/${code}/definition`} download={`${code}.json`}>
            {t('definition.download')}
          </a>
        </p>
        {isAdmin && <DefinitionUploadForm code={code} version={edition.definitionVersion} />}
      </section>
    </main>
  );
}
