import { NextRequest } from 'next/server';
import NextAuth from 'next-auth';
import { readBody } from '@/lib/api/body';
import { getAuthOptions } from '@/lib/auth/options';

type Context = { params: Promise<{ nextauth: string[] }> };

// A sign-in or sign-out post is a few hundred bytes.
const MAX_AUTH_BODY_BYTES = 16 * 1024;

// next-auth v4's own endpoints (csrf, providers, callback/credentials, session, signout).
async function handler(request: NextRequest, context: Context) {
  if (request.method !== 'POST') return NextAuth(request, context, getAuthOptions());
  // next-auth reads a posted body whole, whatever its size: it gets a copy read up to the limit.
  const body = await readBody(request, MAX_AUTH_BODY_BYTES);
  if (!body.ok) return body.response;
  const bounded = new NextRequest(request.url, { method: request.method, headers: request.headers, body: body.bytes });
  return NextAuth(bounded, context, getAuthOptions());
}

export { handler as GET, handler as POST };
