import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaffPage } from '@/lib/auth/guard';
import { computeResultsForCode } from '@/lib/results/aggregate';
import { filtersToQuery, parseResultFilters } from '@/lib/results/filters';
import { listLibraryValues } from '@/lib/results/queries';
import { FilterForm } from './filter-form';
import { QuestionSection } from './question-section';
import './results.css';

type Props = {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  const t = await getTranslations('results');
  return { title: t('title', { edition: code }) };
}

export default async function ResultsPage({ params, searchParams }: Props) {
  await requireStaffPage('coordinator');
  const { code } = await params;
  const { filters } = parseResultFilters(await searchParams);
  const db = getDb();
  const results = computeResultsForCode({ db, code, filters });
  if (!results) notFound();
  const t = await getTranslations('results');
  const query = filtersToQuery(filters);
  const activeFilters = Object.entries(filters)
    .map(([, values]) => values.join(', '))
    .join('; ');

  return (
    <main id="main" className="container results-page">
      <header className="results-header">
        <h1>{t('title', { edition: results.edition.code })}</h1>
        <p className="results-edition-title">{results.edition.title}</p>
        <p className="hint">{t('intro')}</p>
        <ul className="results-status">
          <li>{t('submitted', { count: results.submitted })}</li>
          <li>{t('inProgress', { count: results.inProgress })}</li>
        </ul>
        <p className="hint">{t('inProgressHint')}</p>
        <p>{results.previousEdition ? t('previousEdition', { edition: results.previousEdition.code }) : t('noPreviousEdition')}</p>
        {activeFilters && <p className="alert results-active-filter">{t('filter.active', { filters: activeFilters })}</p>}
      </header>

      <FilterForm
        action={`/admin/editions/${encodeURIComponent(results.edition.code)}/results`}
        provinces={listLibraryValues({ db, column: 'province' })}
        filters={filters}
      />
      <p className="no-print">
        <a href={`/api/v1/editions/${encodeURIComponent(results.edition.code)}/results${query}`}>{t('apiLink')}</a>
      </p>

      {results.questions.map((question) => (
        <QuestionSection
          key={question.code}
          question={question}
          editionCode={results.edition.code}
          previousEdition={results.previousEdition?.code ?? null}
          query={query}
        />
      ))}
    </main>
  );
}
