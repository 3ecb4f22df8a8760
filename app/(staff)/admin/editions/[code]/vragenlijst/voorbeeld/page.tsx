import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { hasRole, requireStaffPage } from '@/lib/auth/guard';
import { getEditionByCode } from '@/lib/editions/queries';
import { notStartedResponse } from '@/lib/responses/queries';
import { QuestionnaireApp } from '@/app/(respondent)/_components/questionnaire-app';
import { RespondentHeader } from '@/app/(respondent)/_components/respondent-header';
import { StartPage } from '@/app/(respondent)/_components/start-page';
import '@/app/(respondent)/respondent.css';
import '../editor.css';

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations('editor.preview');
  return { title: t('metaTitle', { code: (await params).code }) };
}

const notStarted = notStartedResponse();

/**
 * The stored questionnaire as a library sees it, through the respondent's
 * own components without a token: nothing is saved (the form answers itself
 * as the server would), while every rule works. Staff who may read an
 * edition may preview it.
 */
export default async function PreviewPage({ params, searchParams }: Props) {
  const user = await requireStaffPage('coordinator');
  const { code } = await params;
  const edition = getEditionByCode({ db: getDb(), code });
  if (!edition) notFound();
  const t = await getTranslations('editor.preview');
  const { pagina } = await searchParams;
  const page = Number(pagina);
  return (
    <main id="main" className="respondent editor-preview">
      <div className="container narrow editor-preview-intro">
        <p>
          <Link href={`/admin/editions/${code}`}>{t('back', { code })}</Link>
          {hasRole(user.role, 'admin') && (
            <>
              {' · '}
              <Link href={`/admin/editions/${code}/vragenlijst`}>{t('edit')}</Link>
            </>
          )}
        </p>
        <div className="alert warning">
          <p>
            <strong>{t('banner')}</strong>
          </p>
          <p>{t('detail', { code })}</p>
        </div>
      </div>
      <RespondentHeader identity={{ libraryName: t('library'), editionTitle: edition.title }} />
      <div className="container narrow">
        {pagina === undefined ? (
          <StartPage
            definition={edition.definition}
            closesAt={edition.closesAt}
            startHref={`/admin/editions/${code}/vragenlijst/voorbeeld?pagina=1`}
          />
        ) : (
          <QuestionnaireApp
            token={null}
            definition={edition.definition}
            libraryName={t('library')}
            editionTitle={edition.title}
            closesAt={edition.closesAt?.toISOString() ?? null}
            editionOpen
            initialResponse={notStarted}
            initialPage={Number.isInteger(page) && page > 0 ? page : 1}
          />
        )}
      </div>
    </main>
  );
}
