import { getDb } from '@/db/client';
import { actorFromCaller } from '@/lib/audit/record';
import { staffRoute } from '@/lib/auth/guard';
import { editionError, editionResponse } from '@/lib/editions/http';
import { closeEdition } from '@/lib/editions/lifecycle';

type Context = { params: Promise<{ code: string }> };

/** Closes the edition now, before its closing moment. */
export const POST = staffRoute<Context>('admin', async (_request, { params }, caller) => {
  const { code } = await params;
  const result = await closeEdition({ db: getDb(), code, actor: actorFromCaller(caller) });
  if (!result.ok) throw editionError(result);
  return editionResponse(code);
});
