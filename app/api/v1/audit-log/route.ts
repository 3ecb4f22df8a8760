import { getDb } from '@/db/client';
import { json } from '@/lib/api/json';
import { auditLogDocument } from '@/lib/audit/api';
import { listAuditEntries } from '@/lib/audit/queries';
import { parseAuditQuery } from '@/lib/audit/query-params';
import { staffRoute } from '@/lib/auth/guard';
import { AppError } from '@/lib/errors';

/** Read-only: the log has no route that changes or deletes an entry. */
export const GET = staffRoute('admin', async (request) => {
  const parsed = parseAuditQuery(new URL(request.url).searchParams, 'api');
  if (!parsed.ok) throw new AppError('bad_request', { message: parsed.errors.join(' ') });
  const { action, actor, before, limit } = parsed.query;
  return json(auditLogDocument(listAuditEntries({ db: getDb(), filter: { action, actor }, before, limit })));
});
