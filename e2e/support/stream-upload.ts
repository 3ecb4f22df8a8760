import http from 'node:http';

export type StreamOutcome = { status: number; body: string; finishedSending: boolean };

/**
 * Sends `prefix` and then chunk after chunk, without a Content-Length, until
 * the server answers or `sendAtMost` bytes are out. `finishedSending` tells
 * whether the answer came only after the whole body was sent, which is when a
 * server that reads every body whole would give it.
 */
export function streamUntilAnswered(
  url: URL,
  {
    method = 'PUT',
    contentType,
    prefix,
    sendAtMost = 64 * 1024 * 1024,
  }: { method?: string; contentType: string; prefix: string; sendAtMost?: number },
): Promise<StreamOutcome> {
  const chunk = Buffer.alloc(64 * 1024, 'x');
  return new Promise((resolve, reject) => {
    let sent = 0;
    let finishedSending = false;
    const req = http.request(url, { method, headers: { 'Content-Type': contentType, 'Transfer-Encoding': 'chunked' } });
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (part: string) => (body += part));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body, finishedSending });
        req.destroy();
      });
    });
    req.on('error', reject);
    const send = () => {
      while (sent < sendAtMost) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', send);
      }
      finishedSending = true;
      req.end();
    };
    req.write(prefix);
    send();
  });
}
