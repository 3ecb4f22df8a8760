// The `compression` middleware (expressjs) as Next.js ships it compiled and
// applies to every response of its server (next/dist/server/lib/router-server.js).
declare module 'next/dist/compiled/compression' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
  export default function compression(options?: { threshold?: number | string }): Middleware;
}
