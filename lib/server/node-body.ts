import type { IncomingMessage } from 'node:http';
import type { BodyRead } from '@/lib/api/body';
import { failureReply, tooLargeReply } from '@/lib/api/reply';
import { AppError } from '@/lib/errors';

/**
 * The body of a request server.ts answers itself, bounded as a route
 * handler's (lib/api/body.ts, readBodyBytes): 413 on a declared length over
 * maxBytes before reading any of it, else as soon as the limit is passed, so
 * it never holds more than the limit and the chunk that passed it.
 */
export function readNodeBody(req: IncomingMessage, maxBytes: number): Promise<BodyRead> {
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > maxBytes) return Promise.resolve({ ok: false, reply: tooLargeReply(maxBytes) });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (outcome: BodyRead) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onGone);
      req.off('close', onGone);
      resolve(outcome);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      // The rest is left unread, as a route handler leaves it: paused, Node
      // takes no more of what the client goes on sending and closes the
      // connection once it has been idle for a while. (A declared length over
      // the limit was never read: Node discards that body after the answer,
      // as it does behind Next.js's 413.)
      req.pause();
      finish({ ok: false, reply: tooLargeReply(maxBytes) });
    };
    const onEnd = () => {
      const bytes = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size);
      finish({ ok: true, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) as Uint8Array<ArrayBuffer> });
    };
    // The client went away before its body was complete: nothing is saved, and nobody reads this answer.
    const onGone = () => finish({ ok: false, reply: failureReply(new AppError('malformed_json')) });
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onGone);
    req.on('close', onGone);
  });
}
