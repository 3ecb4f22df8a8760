import { NextResponse } from 'next/server';
import { apiMessage } from './messages';

export type JsonBody = { ok: true; value: unknown } | { ok: false; response: NextResponse };

/** Reads a JSON body; malformed JSON is the client's mistake (400), never a 500. */
export async function readJsonBody(request: Request, maxBytes = 256 * 1024): Promise<JsonBody> {
  const text = await request.text();
  if (text.length > maxBytes) {
    return { ok: false, response: jsonError(413, apiMessage('tooLarge')) };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, response: jsonError(400, apiMessage('malformedJson')) };
  }
}

export function jsonError(status: number, message: string, extra: Record<string, unknown> = {}): NextResponse {
  return NextResponse.json({ error: message, ...extra }, { status, headers: { 'Cache-Control': 'no-store' } });
}

export function json(body: unknown, status = 200): NextResponse {
  return NextResponse.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}
