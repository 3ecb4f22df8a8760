import { getDb } from '@/db/client';
import { json } from '@/lib/api/json';
import { staffRoute } from '@/lib/auth/guard';
import { AppError } from '@/lib/errors';
import { getEditionByCode } from '@/lib/editions/queries';
import { listFreeTexts } from '@/lib/results/free-texts';
import { freeTextsDocument, noFreeTextMessage, parseFreeTextsRequest } from '@/lib/results/free-texts-request';

type Context = { params: Promise<{ code: string }> };

/** One question's free texts with their libraries: admins and API keys only (free-texts.ts says why). */
export const GET = staffRoute<Context>('admin', async (request, { params }) => {
  const { code } = await params;
  const parsed = parseFreeTextsRequest(new URL(request.url).searchParams);
  if (!parsed.ok) throw new AppError('bad_request', { message: parsed.message });
  const db = getDb();
  const edition = getEditionByCode({ db, code });
  if (!edition) throw new AppError('unknown_edition');
  const { questionCode, offset, limit, filters } = parsed;
  const list = await listFreeTexts({ db, edition, questionCode, offset, limit, filters });
  if (!list) throw new AppError('not_found', { message: noFreeTextMessage(edition.code, parsed.questionCode) });
  return json(freeTextsDocument(list));
});
