import { NextResponse } from 'next/server';
import { errorReply, jsonReply, type JsonReply } from './reply';

/** The reply as a route handler returns it; the API is never cached (next.config.js adds the rest of its headers). */
export function toNextResponse(reply: JsonReply): NextResponse {
  return NextResponse.json(reply.body, { status: reply.status, headers: { 'Cache-Control': 'no-store', ...reply.headers } });
}

export function jsonError(status: number, message: string, extra: Record<string, unknown> = {}): NextResponse {
  return toNextResponse(errorReply(status, message, extra));
}

export function json(body: unknown, status = 200): NextResponse {
  return toNextResponse(jsonReply(body, status));
}
