import { getDb } from '@/db/client';
import { actorFromCaller } from '@/lib/audit/record';
import { staffRoute } from '@/lib/auth/guard';
import { AppError } from '@/lib/errors';
import { getEditionByCode } from '@/lib/editions/queries';
import { exportDownload } from '@/lib/exports/download';
import { parseExportRequest } from '@/lib/exports/request';

type Context = { params: Promise<{ code: string }> };

/** The answers per library for scripts (docs/api.md): admins and API keys, the page's options as query parameters. */
export const GET = staffRoute<Context>('admin', async (request, { params }, caller) => {
  const db = getDb();
  const edition = getEditionByCode({ db, code: (await params).code });
  if (!edition) throw new AppError('unknown_edition');
  const parsed = parseExportRequest(new URL(request.url).searchParams);
  if (!parsed.ok) throw new AppError('bad_request', { message: parsed.message });
  return await exportDownload({ db, edition, request: parsed.request, actor: actorFromCaller(caller) });
});
