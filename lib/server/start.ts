import { createServer } from 'node:http';
import next from 'next';
import { announceClientHeader, CLIENT_HEADER } from '@/lib/auth/client-key';
import { env } from '@/lib/env';
import { clientAddress } from './client-address';
import { hasMalformedPath, refuseMalformedPath } from './malformed-path';
import { respondentSaveToken, serveRespondentSave } from './respondent-save';

/**
 * The production server (`npm start` → server.ts): Next.js's request handler
 * behind a node:http server of our own, because only here is the socket, and
 * so the client's real address, visible (lib/server/client-address.ts). A
 * respondent's save is answered here, through the route's own code, without
 * Next.js (lib/server/respondent-save.ts).
 */
export async function startServer(): Promise<void> {
  const app = next({ dev: false, hostname: env.HOST ?? 'localhost', port: env.PORT });
  const handle = app.getRequestHandler();
  await app.prepare();
  announceClientHeader();

  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (hasMalformedPath(url)) return refuseMalformedPath(url, res);
    // Replaces whatever the caller sent under this name: the rate limits trust it (lib/auth/client-key.ts).
    req.headers[CLIENT_HEADER] = clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], env.TRUST_PROXY);
    const saveToken = respondentSaveToken(req.method, url);
    if (saveToken !== undefined) return void serveRespondentSave(req, res, saveToken);
    void handle(req, res);
  });
  server.on('error', (error) => {
    console.error(`Cannot serve on ${env.HOST ?? 'all interfaces'}, port ${env.PORT}: ${error.message}`);
    process.exit(1);
  });
  server.listen(env.PORT, env.HOST, () => {
    const proxies = env.TRUST_PROXY === 0 ? 'no proxy trusted' : `client address from X-Forwarded-For, ${env.TRUST_PROXY} proxy hop(s)`;
    console.log(`> Enquête ready on http://${env.HOST ?? 'localhost'}:${env.PORT} (${proxies})`);
  });
}
