import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requireStaffPage } from '@/lib/auth/guard';
import { provinces } from '@/lib/libraries/provinces';
import { groupSortKeys } from '@/lib/monitoring/groups';
import { monitoringSearch, parseMonitoringParams, ALL_ROWS_CAP, NAME_SEARCH_MAX } from '@/lib/monitoring/params';
import { monitoringStatuses } from '@/lib/monitoring/status';
import { LibraryAttributeSelect } from '@/app/(staff)/library-attribute-select';
import { loadLiveData } from './load';
import { MonitoringLive, type SortLinks } from './monitoring-live';
import '../../../libraries/libraries.css';
import './monitoring.css';

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations('monitoring');
  return { title: t('title', { edition: (await params).code }) };
}

function toSearch(values: Record<string, string | string[] | undefined>): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (typeof value === 'string') search.set(key, value);
  return search;
}

/** Who has answered an edition and who to chase: figures, curve, groups and the library list, kept current while open. */
export default async function MonitoringPage({ params, searchParams }: Props) {
  await requireStaffPage('coordinator');
  const { code } = await params;
  const state = parseMonitoringParams(toSearch(await searchParams));
  const loaded = await loadLiveData(code, state);
  if (!loaded) notFound();
  const t = await getTranslations('monitoring');
  const tStatus = await getTranslations('monitoring.statuses');
  const base = `/admin/editions/${code}/respons`;

  const sortLinks: SortLinks = Object.fromEntries(
    groupSortKeys.map((key) => {
      const current = state.groupSort.key === key;
      const direction = current ? (state.groupSort.direction === 'asc' ? 'desc' : 'asc') : key === 'name' ? 'asc' : 'desc';
      return [
        key,
        {
          href: `${base}${monitoringSearch(state, { sort: key, dir: direction, page: undefined })}#groups`,
          sort: current ? (state.groupSort.direction === 'asc' ? 'ascending' : 'descending') : undefined,
        },
      ];
    }),
  ) as SortLinks;
  const pageLink = (page: number) => `${base}${monitoringSearch(state, { page: String(page) })}#libraries`;
  const liveUrl = `${base}/live${monitoringSearch(state)}`;
  const listSearch = monitoringSearch(state, { page: undefined, size: undefined, sort: undefined, dir: undefined });

  const controls = (
    <form method="get" action={`${base}#libraries`} className="library-search monitoring-filter">
      <fieldset>
        <legend>{t('libraries.filters')}</legend>
        <div className="field">
          <label htmlFor="filter-status">{t('libraries.status')}</label>
          <select id="filter-status" name="status" defaultValue={state.filters.status ?? ''}>
            <option value="">{t('libraries.allStatuses')}</option>
            {monitoringStatuses.map((status) => (
              <option key={status} value={status}>
                {tStatus(status)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-province">{t('libraries.province')}</label>
          <LibraryAttributeSelect
            id="filter-province"
            name="province"
            defaultValue={state.filters.province ?? ''}
            emptyLabel={t('libraries.allProvinces')}
            options={provinces}
          />
        </div>
        <div className="field">
          <label htmlFor="filter-q">{t('libraries.search')}</label>
          <input id="filter-q" name="q" type="search" maxLength={NAME_SEARCH_MAX} defaultValue={state.filters.name ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="filter-size">{t('libraries.size')}</label>
          <select id="filter-size" name="size" defaultValue={state.size}>
            <option value="50">50</option>
            <option value="200">200</option>
            <option value="all">{t('libraries.sizeAll', { cap: ALL_ROWS_CAP })}</option>
          </select>
        </div>
        {state.groupSort.key !== 'name' && <input type="hidden" name="sort" value={state.groupSort.key} />}
        {state.groupSort.key !== 'name' && <input type="hidden" name="dir" value={state.groupSort.direction} />}
        <div className="library-search-actions">
          <button type="submit">{t('libraries.apply')}</button>
          <Link className="button secondary" href={`${base}#libraries`}>
            {t('libraries.reset')}
          </Link>
        </div>
      </fieldset>
      <p>
        <a href={`${base}/export.csv${listSearch}`} download>
          {t('libraries.download')}
        </a>
      </p>
    </form>
  );

  return (
    <main id="main" className="container">
      <p>
        <Link href={`/admin/editions/${code}`}>{t('back')}</Link>
      </p>
      <h1>{t('title', { edition: code })}</h1>
      <p>
        {t('intro')} {t('inactiveNote')}
      </p>
      {/* Keyed by the URL state: a client-side navigation to other filters starts from that page's document. */}
      <MonitoringLive
        key={liveUrl}
        initial={loaded.live}
        liveUrl={liveUrl}
        sortLinks={sortLinks}
        paging={{
          offset: state.offset,
          limit: state.limit,
          capped: state.size === 'all',
          previous: state.page > 1 ? pageLink(state.page - 1) : null,
          next: state.size !== 'all' ? pageLink(state.page + 1) : null,
        }}
        controls={controls}
      />
    </main>
  );
}
