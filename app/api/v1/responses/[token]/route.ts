import { getDb } from '@/db/client';
import { readJsonRequest } from '@/lib/api/json';
import { toNextResponse } from '@/lib/api/json-response';
import { clientKeyFromHeaders } from '@/lib/auth/client-key';
import { getResponseReply, putResponseReply } from '@/lib/responses/http';

type Context = { params: Promise<{ token: string }> };

// The handling lives in lib/responses/http.ts, which server.ts also answers
// the PUT with before Next.js sees it (`npm start`); this route serves GET,
// and PUT under `next dev` or a bare `next start`.

export async function GET(request: Request, { params }: Context) {
  const { token } = await params;
  return toNextResponse(await getResponseReply({ db: getDb(), token, clientKey: clientKeyFromHeaders(request.headers) }));
}

export async function PUT(request: Request, { params }: Context) {
  const { token } = await params;
  const reply = await putResponseReply({
    db: getDb(),
    token,
    clientKey: clientKeyFromHeaders(request.headers),
    readBody: () => readJsonRequest(request),
  });
  return toNextResponse(reply);
}
