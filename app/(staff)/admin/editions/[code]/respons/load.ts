import { getDb } from '@/db/client';
import { toLiveData } from '@/lib/monitoring/live';
import { mailOverlay } from '@/lib/monitoring/mail-events';
import { monitoringPage } from '@/lib/monitoring/overview';
import type { MonitoringParams } from '@/lib/monitoring/params';

/**
 * The page's document for an edition and the reader's URL state; the page
 * and its live endpoint both call this. The mailings mark the curve, and the
 * outbox gives the shown libraries' mails for their timelines.
 */
export async function loadLiveData(code: string, params: MonitoringParams) {
  const db = getDb();
  const page = await monitoringPage({
    db,
    code,
    filters: params.filters,
    limit: params.limit,
    offset: params.offset,
    groupSort: params.groupSort,
  });
  if (!page) return undefined;
  const overlay = await mailOverlay({ db, editionId: page.edition.id, libraryIds: page.libraries.map((l) => l.libraryId) });
  return { page, live: toLiveData(page, overlay) };
}
