import { requireStaffPage } from '@/lib/auth/guard';
import { parseMonitoringParams } from '@/lib/monitoring/params';
import { loadLiveData } from '../load';

type Context = { params: Promise<{ code: string }> };

/** What the open monitoring page polls: the same document it was rendered from, for the same URL state. */
export async function GET(request: Request, { params }: Context) {
  await requireStaffPage('coordinator');
  const loaded = await loadLiveData((await params).code, parseMonitoringParams(new URL(request.url).searchParams));
  if (!loaded) return Response.json({ error: 'not found' }, { status: 404, headers: { 'Cache-Control': 'no-store' } });
  return Response.json(loaded.live, { headers: { 'Cache-Control': 'no-store' } });
}
