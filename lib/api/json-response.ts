import { NextResponse } from 'next/server';
import type { AppError } from '@/lib/errors';
import { failureReply, jsonReply, type JsonReply } from './reply';

/** The reply as a route handler returns it; the API is never cached (next.config.js adds the rest of its headers). */
export function toNextResponse(reply: JsonReply): NextResponse {
  return NextResponse.json(reply.body, { status: reply.status, headers: { 'Cache-Control': 'no-store', ...reply.headers } });
}

/** A refusal as a route handler's response (staffRoute answers a thrown AppError with it). */
export function failureResponse(error: AppError): NextResponse {
  return toNextResponse(failureReply(error));
}

export function json(body: unknown, status = 200): NextResponse {
  return toNextResponse(jsonReply(body, status));
}
