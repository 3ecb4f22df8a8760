import { getDb, type Db } from '@/db/client';
import { env } from '@/lib/env';
import { requeueInterrupted, runSender } from './sender';
import { configuredTransport, senderAddress } from './transport';

type SenderState = { running?: Promise<void>; again: boolean };

// On globalThis: Next.js may load this module more than once (per bundle), but the server has one sender.
const state = ((globalThis as unknown as { enqueteMailSender?: SenderState }).enqueteMailSender ??= { again: false });

function start(db: Db) {
  state.again = false;
  const transport = configuredTransport();
  state.running = runSender({ db, transport, from: senderAddress(), ratePerSecond: env.MAIL_RATE_PER_SECOND })
    .catch((error) => console.error('Mail sender stopped:', error))
    .finally(() => {
      transport.close();
      state.running = undefined;
      // A mailing started while the loop was finishing: go round once more.
      if (state.again) start(db);
    });
}

/** Makes sure the server's sender loop runs; it stops by itself when nothing is queued. */
export function ensureMailSender(db: Db = getDb()): void {
  if (state.running) state.again = true;
  else start(db);
}

/**
 * At server start: messages left `sending` by a stopped server go back to
 * the queue, and running mailings go on where they stopped.
 */
export function resumeMailings(db: Db = getDb()): void {
  const requeued = requeueInterrupted(db);
  if (requeued > 0) console.warn(`Mail: ${requeued} message(s) interrupted at the last stop are queued again.`);
  ensureMailSender(db);
}
