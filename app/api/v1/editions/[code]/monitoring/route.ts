import { getDb } from '@/db/client';
import { json, jsonError } from '@/lib/api/json';
import { apiMessage } from '@/lib/api/messages';
import { staffRoute } from '@/lib/auth/guard';
import { monitoringDocument } from '@/lib/monitoring/api';
import { parseMonitoringParams } from '@/lib/monitoring/params';

type Context = { params: Promise<{ code: string }> };

/** Who has answered an edition (docs/api.md); `status`, `province` and `q` narrow the libraries. */
export const GET = staffRoute<Context>('coordinator', async (request, { params }) => {
  const { code } = await params;
  const { filters } = parseMonitoringParams(new URL(request.url).searchParams);
  const document = monitoringDocument({ db: getDb(), code, filters });
  if (!document) return jsonError(404, apiMessage('unknownEdition'));
  return json(document);
});
