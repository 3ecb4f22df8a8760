import { getDb } from '@/db/client';
import { requireStaffPage } from '@/lib/auth/guard';
import { getEditionByCode } from '@/lib/editions/queries';
import { CSV_ROWS_CAP, monitoringCsv } from '@/lib/monitoring/csv';
import { parseMonitoringParams } from '@/lib/monitoring/params';
import { listLibraries } from '@/lib/monitoring/queries';

type Context = { params: Promise<{ code: string }> };

/** The page's library list with its filters, every page of it, as a CSV for phoning. */
export async function GET(request: Request, { params }: Context) {
  await requireStaffPage('coordinator');
  const db = getDb();
  const edition = getEditionByCode({ db, code: (await params).code });
  if (!edition) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const { filters } = parseMonitoringParams(new URL(request.url).searchParams);
  const { libraries } = await listLibraries({ db, editionId: edition.id, filters, limit: CSV_ROWS_CAP });
  const suffix = filters.status ? `-${filters.status}` : '';
  return new Response(monitoringCsv(libraries), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="respons-${edition.code}${suffix}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
