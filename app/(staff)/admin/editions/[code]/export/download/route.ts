import { getDb } from '@/db/client';
import { actorFromUser } from '@/lib/audit/record';
import { requireStaffPage } from '@/lib/auth/guard';
import { getEditionByCode } from '@/lib/editions/queries';
import { exportDownload } from '@/lib/exports/download';
import { parseExportRequest } from '@/lib/exports/request';

type Context = { params: Promise<{ code: string }> };

function plainText(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}

/** The export page's download: the form's options as query parameters, the file streamed as it is written. */
export async function GET(request: Request, { params }: Context) {
  const user = await requireStaffPage('admin');
  const db = getDb();
  const edition = getEditionByCode({ db, code: (await params).code });
  if (!edition) return plainText(404, 'Not found');
  const parsed = parseExportRequest(new URL(request.url).searchParams);
  if (!parsed.ok) return plainText(400, parsed.message);
  return await exportDownload({ db, edition, request: parsed.request, actor: actorFromUser(user) });
}
