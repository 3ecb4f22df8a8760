import type { IncomingMessage, ServerResponse } from 'node:http';
import compression from 'next/dist/compiled/compression';
import type { JsonReply } from '@/lib/api/reply';
import staticHeaders from '@/lib/security/static-headers.json';

/**
 * The headers Next.js gives an App Router route's JSON (next.config.js's for
 * /api/ and NextResponse.json's), so a reply server.ts writes itself reads as
 * the route's would (e2e/respondent/api-same-answers.spec.ts compares them).
 * Vary names Next.js's router headers: they change nothing for a JSON answer
 * that no cache keeps, but they are what Next.js sends.
 */
const routeHeaders = { ...staticHeaders, 'Cache-Control': 'no-store' };
const routerVary = 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch';
const replyHeaders: Readonly<Record<string, string>> = {
  ...routeHeaders,
  // The compression middleware adds Accept-Encoding to what it may compress.
  Vary: `${routerVary}, Accept-Encoding`,
  'Content-Type': 'application/json',
};

// Next.js's own middleware, negotiated the same way (gzip, else deflate). It
// compresses every JSON answer for a client that asks: Next.js writes the
// headers before the body, so the middleware never learns a length to hold
// against its 1 kB threshold; threshold 0 does the same here.
const compress = compression({ threshold: 0 });

export function writeJsonReply(req: IncomingMessage, res: ServerResponse, reply: JsonReply): void {
  const text = JSON.stringify(reply.body);
  // One write with its length rather than chunks; the middleware drops the length when it compresses.
  const headers = { ...replyHeaders, ...reply.headers, 'Content-Length': String(Buffer.byteLength(text)) };
  const write = () => {
    res.writeHead(reply.status, headers);
    res.end(text);
  };
  if (req.headers['accept-encoding'] === undefined) write();
  else compress(req, res, write);
}

/** A reply that could not be made (a thrown error): 500 with nothing in it, as Next.js answers for a route that throws. */
export function writeServerError(res: ServerResponse): void {
  if (res.headersSent) return void res.destroy();
  res.writeHead(500, { ...routeHeaders, Vary: routerVary, 'Content-Length': '0' });
  res.end();
}
