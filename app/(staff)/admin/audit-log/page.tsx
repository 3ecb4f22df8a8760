import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { listAuditActors, listAuditEntries, type AuditPage } from '@/lib/audit/queries';
import { parseAuditQuery, type AuditQuery } from '@/lib/audit/query-params';
import { requireStaffPage } from '@/lib/auth/guard';
import { AuditFilterForm } from './audit-filter-form';
import { AuditTable } from './audit-table';
import './audit-log.css';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('audit');
  return { title: t('title') };
}

const PATH = '/admin/audit-log';

function toSearchParams(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(raw)) for (const v of [value ?? []].flat()) params.append(name, v);
  return params;
}

/** The page's URL for the same filter, on the page before or after an entry. */
function pageHref(query: AuditQuery, cursor: { voor: number } | { na: number }): string {
  const params = new URLSearchParams();
  if (query.action) params.set('actie', query.action);
  if (query.actor) params.set('persoon', query.actor);
  for (const [name, id] of Object.entries(cursor)) params.set(name, String(id));
  return `${PATH}?${params}`;
}

export default async function AuditLogPage({ searchParams }: Props) {
  await requireStaffPage('admin');
  const t = await getTranslations('audit');
  const db = getDb();
  const parsed = parseAuditQuery(toSearchParams(await searchParams), 'page');
  const query = parsed.ok ? parsed.query : undefined;
  const page: AuditPage | undefined = query
    ? listAuditEntries({
        db,
        filter: { action: query.action, actor: query.actor },
        before: query.before,
        after: query.after,
        limit: query.limit,
      })
    : undefined;
  const filtered = !!(query?.action || query?.actor || query?.before || query?.after);

  return (
    <main id="main" className="container">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <AuditFilterForm action={PATH} actors={listAuditActors({ db })} selected={{ action: query?.action, actor: query?.actor }} />
      {!parsed.ok && (
        <div className="alert error" role="alert">
          <p>{t('invalid')}</p>
          <ul>
            {parsed.errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
      {page && page.entries.length === 0 && <p className="card">{filtered ? t('noneFiltered') : t('none')}</p>}
      {page && page.entries.length > 0 && (
        <>
          <AuditTable entries={page.entries} />
          {(page.newer !== null || page.older !== null) && (
            <nav aria-label={t('pagination')} className="audit-pagination">
              {page.newer !== null && (
                <a className="button secondary" href={pageHref(query!, { na: page.newer })}>
                  {t('newer')}
                </a>
              )}
              {page.older !== null && (
                <a className="button secondary" href={pageHref(query!, { voor: page.older })}>
                  {t('older')}
                </a>
              )}
            </nav>
          )}
        </>
      )}
    </main>
  );
}
