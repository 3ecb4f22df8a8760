import { getDb } from '@/db/client';
import { json } from '@/lib/api/json';
import { staffRoute } from '@/lib/auth/guard';
import { AppError } from '@/lib/errors';
import { monitoringDocument } from '@/lib/monitoring/api';
import { parseMonitoringParams } from '@/lib/monitoring/params';

type Context = { params: Promise<{ code: string }> };

/** Who has answered an edition (docs/api.md); `status`, `province` and `q` narrow the libraries. */
export const GET = staffRoute<Context>('coordinator', async (request, { params }) => {
  const { code } = await params;
  const { filters } = parseMonitoringParams(new URL(request.url).searchParams);
  const document = await monitoringDocument({ db: getDb(), code, filters });
  if (!document) throw new AppError('unknown_edition');
  return json(document);
});
