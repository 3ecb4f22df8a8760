import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaffPage } from '@/lib/auth/guard';
import { getEditionByCode } from '@/lib/editions/queries';
import { computeResultsForCode, type EditionResults } from '@/lib/results/aggregate';
import { filterProblemMessage, filtersToQuery, hasFilters, parseResultFilters, type ResultFilters } from '@/lib/results/filters';
import { listLibraryValues } from '@/lib/results/queries';
import { sizeClassOptions } from '@/lib/libraries/messages';
import { FilterForm } from './filter-form';
import { PrintButton } from './print-button';
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

function formAction(code: string) {
  return `/admin/editions/${encodeURIComponent(code)}/results`;
}

const sizeClasses = sizeClassOptions();

/** The group in words: a province by its name, a size class by its Dutch label ("grootteklasse klein"). */
async function describeFilters(filters: ResultFilters): Promise<string> {
  const t = await getTranslations('results.filter');
  const parts = [
    ...(filters.province ?? []),
    ...(filters.sizeClass ?? []).map((code) => {
      const known = sizeClasses.find((c) => c.value === code);
      return t('activeSizeClass', { label: known?.label ?? code });
    }),
  ];
  return parts.join('; ');
}

/** Why a group shows no figures, in place of its figures. */
async function SuppressedNotice({ results }: { results: EditionResults }) {
  const t = await getTranslations('results.suppressed');
  const values = { count: results.submitted, minimum: results.minimumGroupSize };
  const reason = results.suppressed ?? 'tooFew';
  const text = reason === 'tooFew' ? t(hasFilters(results.filters) ? 'tooFew' : 'tooFewEdition', values) : t(reason, values);
  return (
    <p className="alert warning results-suppressed" role="status">
      {text}
    </p>
  );
}

export default async function ResultsPage({ params, searchParams }: Props) {
  await requireStaffPage('coordinator');
  const { code } = await params;
  const parsed = parseResultFilters(await searchParams);
  const db = getDb();
  const t = await getTranslations('results');
  const provinces = await listLibraryValues({ db, attribute: 'province' });

  // A refused filter shows no figures at all: the whole edition's under a
  // heading naming the filter would mislead, and a name or e-mail is never a group.
  if (!parsed.ok) {
    const edition = getEditionByCode({ db, code });
    if (!edition) notFound();
    return (
      <main id="main" className="container results-page">
        <header className="results-header">
          <h1>{t('title', { edition: edition.code })}</h1>
          <p className="results-edition-title">{edition.title}</p>
          <div className="alert error results-filter-problem" role="alert">
            <p>{filterProblemMessage(parsed.problem)}</p>
            <p>{t('filterProblemHint')}</p>
          </div>
        </header>
        <FilterForm action={formAction(edition.code)} provinces={provinces} sizeClasses={sizeClasses} filters={{}} />
      </main>
    );
  }

  const results = await computeResultsForCode({ db, code, filters: parsed.filters });
  if (!results) notFound();
  const filters: ResultFilters = results.filters;
  const query = filtersToQuery(filters);
  const activeFilters = await describeFilters(filters);
  const previousEdition = results.previousEdition && !results.previousSuppressed ? results.previousEdition.code : null;

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
        {!results.suppressed && (
          <p>
            {!results.previousEdition
              ? t('noPreviousEdition')
              : results.previousSuppressed
                ? t('suppressed.previous', { edition: results.previousEdition.code })
                : t('previousEdition', { edition: results.previousEdition.code })}
          </p>
        )}
        {activeFilters && <p className="alert results-active-filter">{t('filter.active', { filters: activeFilters })}</p>}
      </header>

      <FilterForm action={formAction(results.edition.code)} provinces={provinces} sizeClasses={sizeClasses} filters={filters} />
      <p className="no-print results-actions">
        <PrintButton label={t('print')} />
        <a href={`/api/v1/editions/${encodeURIComponent(results.edition.code)}/results${query}`}>{t('apiLink')}</a>
      </p>

      {results.suppressed && <SuppressedNotice results={results} />}
      {results.questions.map((question) => (
        <QuestionSection
          key={question.code}
          question={question}
          editionCode={results.edition.code}
          previousEdition={previousEdition}
          query={query}
        />
      ))}
    </main>
  );
}
