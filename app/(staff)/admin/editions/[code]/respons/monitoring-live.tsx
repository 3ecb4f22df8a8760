'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState, type ReactNode } from 'react';
import type { GroupSortKey } from '@/lib/monitoring/groups';
import type { LiveData } from '@/lib/monitoring/live';
import { formatDutchMoment } from '@/lib/monitoring/format';
import { GroupTable } from './group-table';
import { HeadlineFigures } from './headline-figures';
import { LibraryTable, type Paging } from './library-table';

export type SortLinks = Record<GroupSortKey, { href: string; sort?: 'ascending' | 'descending' }>;

/** Between 10 and 15 seconds: fresh enough to watch a deadline, light on a server that many coordinators may poll. */
const POLL_MS = 12_000;

/**
 * The page's figures and rows, refreshed from the live endpoint while the tab
 * is visible. React keeps the DOM of unchanged rows (keyed by invitation), so
 * an open timeline, a shown link and the scroll position stay put.
 */
export function MonitoringLive({
  initial,
  liveUrl,
  sortLinks,
  paging,
  controls,
}: {
  initial: LiveData;
  liveUrl: string;
  sortLinks: SortLinks;
  paging: Paging;
  controls: ReactNode;
}) {
  const t = useTranslations('monitoring');
  const [data, setData] = useState(initial);
  const [state, setState] = useState<'live' | 'paused' | 'failed'>('live');

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const poll = async () => {
      timer = undefined;
      if (document.hidden) return setState('paused');
      try {
        const response = await fetch(liveUrl, { cache: 'no-store', headers: { accept: 'application/json' } });
        if (!response.ok || !response.headers.get('content-type')?.includes('json')) throw new Error(String(response.status));
        const next = (await response.json()) as LiveData;
        if (!stopped) {
          setData(next);
          setState('live');
        }
      } catch {
        if (!stopped) setState('failed');
      }
      if (!stopped && !document.hidden) timer = setTimeout(() => void poll(), POLL_MS);
    };
    const onVisibility = () => {
      if (document.hidden) {
        if (timer) clearTimeout(timer);
        timer = undefined;
        setState('paused');
      } else if (!timer) {
        void poll();
      }
    };
    timer = setTimeout(() => void poll(), POLL_MS);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [liveUrl]);

  return (
    <>
      <p className="hint monitoring-live-state" data-testid="live-state">
        {state === 'paused'
          ? t('live.paused')
          : state === 'failed'
            ? t('live.failed')
            : t('live.updated', { time: formatDutchMoment(data.updatedAt).slice(11) })}
      </p>
      <HeadlineFigures data={data} />
      <section className="card" aria-labelledby="curve-title">
        <h2 id="curve-title">{t('chart.heading')}</h2>
        <div className="monitoring-chart">
          <div className="monitoring-chart-wide" dangerouslySetInnerHTML={{ __html: data.chartSvg }} />
          <div className="monitoring-chart-narrow" dangerouslySetInnerHTML={{ __html: data.chartSvgNarrow }} />
        </div>
        <ul className="monitoring-legend">
          <li className="legend-current">{t('chart.legendCurrent')}</li>
          {data.previousEdition && <li className="legend-previous">{t('chart.legendPrevious', { edition: data.previousEdition })}</li>}
        </ul>
      </section>
      <div id="groups">
        <GroupTable
          id="by-province"
          title={t('groups.byProvince')}
          column={t('groups.province')}
          groups={data.byProvince}
          sortLinks={sortLinks}
        />
        <GroupTable
          id="by-size-class"
          title={t('groups.bySizeClass')}
          column={t('groups.sizeClass')}
          groups={data.bySizeClass}
          sortLinks={sortLinks}
        />
      </div>
      <LibraryTable data={data} paging={paging} controls={controls} />
    </>
  );
}
