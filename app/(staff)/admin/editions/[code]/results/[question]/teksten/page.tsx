import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaffPage } from '@/lib/auth/guard';
import { getEditionByCode } from '@/lib/editions/queries';
import { sizeClassLabel } from '@/lib/libraries/messages';
import { librarySizeClasses } from '@/db/schema';
import { filterProblemMessage, filtersToQuery, parseResultFilters, type ResultFilters } from '@/lib/results/filters';
import { FREE_TEXTS_PER_PAGE, listFreeTextsForCode } from '@/lib/results/free-texts';
import { FreeTextItems } from '../../free-text-items';
import { pageLink, parsePageNumber } from './page-number';

type Props = {
  params: Promise<{ code: string; question: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  const t = await getTranslations('freeTexts');
  return { title: t('title', { edition: code }) };
}

async function describeFilters(filters: ResultFilters): Promise<string> {
  const t = await getTranslations('results.filter');
  const sizeClasses = (filters.sizeClass ?? []).map((code) => {
    const known = librarySizeClasses.find((c) => c === code);
    return t('activeSizeClass', { label: known ? sizeClassLabel(known) : code });
  });
  return [...(filters.province ?? []), ...sizeClasses].join('; ');
}

/**
 * All free texts of one question, a page at a time, for admins
 * (free-texts-section.tsx says why only they read them). The page number and
 * the results filter live in the URL: `?pagina=2&province=Utrecht`.
 */
export default async function FreeTextsPage({ params, searchParams }: Props) {
  await requireStaffPage('admin');
  const { code, question } = await params;
  const { pagina, ...filterParams } = await searchParams;
  const pageNumber = parsePageNumber(pagina);
  if (pageNumber === null) notFound();
  const db = getDb();
  const t = await getTranslations('freeTexts');
  const resultsHref = (query: string) => `/admin/editions/${encodeURIComponent(code)}/results${query}`;

  const parsed = parseResultFilters(filterParams);
  if (!parsed.ok) {
    const edition = getEditionByCode({ db, code });
    if (!edition) notFound();
    return (
      <main id="main" className="container results-page">
        <p className="no-print">
          <a href={resultsHref('')}>{t('back')}</a>
        </p>
        <h1>{t('title', { edition: edition.code })}</h1>
        <div className="alert error" role="alert">
          <p>{filterProblemMessage(parsed.problem)}</p>
        </div>
      </main>
    );
  }

  const list = await listFreeTextsForCode({
    db,
    code,
    questionCode: question,
    filters: parsed.filters,
    offset: (pageNumber - 1) * FREE_TEXTS_PER_PAGE,
    limit: FREE_TEXTS_PER_PAGE,
  });
  if (!list) notFound();
  // Past the last page there is nothing to show; the first page of none says so instead.
  if (pageNumber > 1 && list.texts.length === 0) notFound();
  const query = filtersToQuery(list.filters);
  const activeFilters = await describeFilters(list.filters);
  const headingId = 'free-texts-heading';
  const lastPage = Math.max(1, Math.ceil(list.total / FREE_TEXTS_PER_PAGE));
  const link = (n: number) =>
    `/admin/editions/${encodeURIComponent(list.edition.code)}/results/${encodeURIComponent(list.question.code)}/teksten${pageLink(query, n)}`;

  return (
    <main id="main" className="container results-page">
      <p className="no-print">
        <a href={`${resultsHref(query)}#question-${list.question.code}`}>{t('back')}</a>
      </p>
      <h1>{t('title', { edition: list.edition.code })}</h1>
      <p className="results-edition-title">{list.edition.title}</p>
      <p>{t('question', { question: list.question.text })}</p>
      {activeFilters && (
        <p className="alert results-active-filter">{(await getTranslations('results.filter'))('active', { filters: activeFilters })}</p>
      )}
      <p className="hint">{t('adminsOnly')}</p>
      {list.suppressed ? (
        <p className="alert warning" role="status">
          {t(`suppressed.${list.suppressed}`)}
        </p>
      ) : (
        <section className="card" aria-labelledby={headingId}>
          <h2 id={headingId}>
            {list.option ? t('headingOption', { option: list.option.label, count: list.total }) : t('heading', { count: list.total })}
          </h2>
          {list.total === 0 ? (
            <p>{t('none')}</p>
          ) : (
            <>
              <p className="hint">{t('range', { from: list.offset + 1, to: list.offset + list.texts.length, total: list.total })}</p>
              <FreeTextItems texts={list.texts} />
            </>
          )}
          {lastPage > 1 && (
            <nav aria-label={t('pagination')} className="free-texts-pagination">
              {pageNumber > 1 && <a href={link(pageNumber - 1)}>{t('previous')}</a>}
              {pageNumber < lastPage && <a href={link(pageNumber + 1)}>{t('next')}</a>}
            </nav>
          )}
        </section>
      )}
    </main>
  );
}
