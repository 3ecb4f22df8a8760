import { getDb } from '@/db/client';
import { toLiveData } from '@/lib/monitoring/live';
import { monitoringPage } from '@/lib/monitoring/overview';
import type { MonitoringParams } from '@/lib/monitoring/params';

/**
 * The page's document for an edition and the reader's URL state; the page
 * and its live endpoint both call this. Mailing moments are not stored yet,
 * so no markers are passed: the outbox adds them here.
 */
export function loadLiveData(code: string, params: MonitoringParams) {
  const page = monitoringPage({ db: getDb(), code, filters: params.filters, limit: params.limit, offset: params.offset, groupSort: params.groupSort });
  return page && { page, live: toLiveData(page) };
}
