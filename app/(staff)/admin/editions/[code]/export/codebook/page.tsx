import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaffPage } from '@/lib/auth/guard';
import { getEditionByCode } from '@/lib/editions/queries';
import { buildCodebook, valuesLine } from '@/lib/exports/codebook';
import { userMissingLine } from '@/lib/exports/column';
import type { LayoutColumn } from '@/lib/exports/layout';
import { computeResultsForCode } from '@/lib/results/aggregate';
import '../export.css';

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations('exports.codebook');
  return { title: t('title', { edition: (await params).code }) };
}

async function VariableTable({ columns, caption }: { columns: LayoutColumn[]; caption: string }) {
  const t = await getTranslations('exports.codebook');
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('tableLabel', { name: caption })}>
      <table className="codebook-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('variable')}</th>
            <th scope="col">{t('label')}</th>
            <th scope="col">{t('values')}</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column) => (
            <tr key={column.name}>
              <td>
                <code>{column.name}</code>
              </td>
              <td>{column.label}</td>
              <td>
                {valuesLine(column)}
                {userMissingLine(column) && (
                  <>
                    {valuesLine(column) && <br />}
                    {t('missing')}: {userMissingLine(column)}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Every variable of the export, per question: wording, values, routing, the results' base and the changes since last year. */
export default async function CodebookPage({ params }: Props) {
  await requireStaffPage('admin');
  const { code } = await params;
  const db = getDb();
  const edition = getEditionByCode({ db, code });
  if (!edition) notFound();
  const t = await getTranslations('exports.codebook');
  const codebook = await buildCodebook(db, edition, await computeResultsForCode({ db, code: edition.code }));

  return (
    <main id="main" className="container">
      <p>
        <Link href={`/admin/editions/${encodeURIComponent(edition.code)}/export`}>{t('back')}</Link>
      </p>
      <h1>{t('title', { edition: edition.code })}</h1>
      <p>{codebook.previous ? t('intro', { previous: codebook.previous.code }) : t('introNoPrevious')}</p>
      <p>
        {t('missing')}: {codebook.missing}
      </p>
      <section className="card" aria-labelledby="codebook-response">
        <h2 id="codebook-response">{t('responseColumns')}</h2>
        <VariableTable columns={codebook.responseColumns} caption={t('responseColumns')} />
      </section>
      {codebook.questions.map((question) => (
        <section key={question.code} className="card codebook-question" aria-labelledby={`codebook-${question.code}`}>
          <h2 id={`codebook-${question.code}`}>
            {t('question', { code: question.code })}: {question.text}
          </h2>
          <dl>
            <dt>{t('type')}</dt>
            <dd>{question.type}</dd>
            {question.notes.length > 0 && (
              <>
                <dt>{t('notes')}</dt>
                <dd>{question.notes.join('; ')}</dd>
              </>
            )}
            <dt>{t('condition')}</dt>
            <dd>{question.condition}</dd>
            <dt>{t('base')}</dt>
            <dd>{question.base}</dd>
            {question.changes.length > 0 && (
              <>
                <dt>{t('changes')}</dt>
                <dd>{question.changes.join('; ')}</dd>
              </>
            )}
          </dl>
          <VariableTable columns={question.columns} caption={question.code} />
        </section>
      ))}
      {codebook.previous && codebook.removedQuestions.length > 0 && (
        <section className="card" aria-labelledby="codebook-removed">
          <h2 id="codebook-removed">{t('removedQuestions', { previous: codebook.previous.code })}</h2>
          <ul>
            {codebook.removedQuestions.map((q) => (
              <li key={q.code}>{t('removedQuestion', { code: q.code, text: q.text })}</li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
