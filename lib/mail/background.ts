import { getDb, type Db } from '@/db/client';
import { env } from '@/lib/env';
import { startDuePlanned } from './planned';
import { requeueInterrupted, runSender } from './sender';
import { configuredTransport, senderAddress } from './transport';

type SenderState = { running?: Promise<void>; again: boolean; scheduler?: ReturnType<typeof setInterval> };

/** How often the server looks for planned mailings whose moment has come. */
export const SCHEDULE_CHECK_MS = 5000;

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
export async function resumeMailings(db: Db = getDb()): Promise<void> {
  const requeued = await requeueInterrupted(db);
  if (requeued > 0) console.warn(`Mail: ${requeued} message(s) interrupted at the last stop are queued again.`);
  // A planned mailing whose moment passed while the server was down starts now.
  await startPlannedMailings(db);
  ensureMailSender(db);
  startScheduler(db);
}

/** Starts the planned mailings that are due, and wakes the sender when one was. */
export async function startPlannedMailings(db: Db = getDb(), now = new Date()): Promise<number[]> {
  const started = await startDuePlanned({ db, now });
  if (started.length > 0) ensureMailSender(db);
  return started;
}

/** Checks for due planned mailings on an interval; one timer per server, which does not keep the process alive. */
function startScheduler(db: Db) {
  if (state.scheduler) return;
  state.scheduler = setInterval(() => {
    startPlannedMailings(db).catch((error: unknown) => {
      console.error('Mail: could not start planned mailings:', (error as Error).message);
    });
  }, SCHEDULE_CHECK_MS);
  state.scheduler.unref();
}
