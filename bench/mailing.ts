import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { parseConnectionUrl } from 'nodemailer/lib/shared';
import { SMTPServer } from 'smtp-server';
import { openDatabase } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { seedEditions } from '@/cli/seed/seed';
import { CLI_ACTOR } from '@/lib/audit/record';
import { getEditionByCode } from '@/lib/editions/queries';
import { createInvitation } from '@/lib/invitations/create';
import { deriveLinkKey } from '@/lib/invitations/link-key';
import type { OutgoingMessage } from '@/lib/mail/compose';
import { startMailing } from '@/lib/mail/mailings';
import { runSender } from '@/lib/mail/sender';
import { plainSocketWithoutNagle, smtpTransport } from '@/lib/mail/transport';

/**
 * `npm run bench -- mailing [--amount=10000] [--warmup=1000]`
 *
 * An invitation mailing of `amount` messages as the server sends it
 * (`startMailing` queues the outbox, `runSender` claims each row in a
 * transaction, asks eligibility again, decrypts the link, composes, hands it
 * to SMTP over one pooled connection and records the delivery) with
 * throttling off, to a local SMTP sink on 127.0.0.1 that accepts and
 * discards. The floor: nodemailer sending the very same messages in a bare
 * loop over one connection to the same sink, in the same run.
 *
 * First, not timed, a mailing of `warmup` other libraries through the same
 * path: the floor runs after ours and so on code (nodemailer, the sink) that
 * ours has compiled; without the warm-up ours alone pays for that.
 */

const EDITION = '2022-2023';
const FROM = 'Enquête <enquete@bench.test>';

function countFrom(args: string[], name: string, fallback: number, min: number): number {
  const flag = args.find((a) => a.startsWith(`--${name}=`));
  const count = flag ? Number(flag.slice(name.length + 3)) : fallback;
  if (!Number.isInteger(count) || count < min) throw new Error(`--${name} must be a whole number of at least ${min}`);
  return count;
}

/** Accepts every message and throws it away, counting them. */
async function startSink() {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    closeTimeout: 100,
    // No reverse DNS lookup of the client per connection: the sink should cost nothing.
    disableReverseLookup: true,
    onData(stream, _session, callback) {
      stream.on('end', () => {
        received++;
        callback();
      });
      stream.resume();
    },
  });
  // Replies go out at once (no Nagle delay waiting for the client's delayed ACK).
  server.server.on('connection', (socket) => socket.setNoDelay(true));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received: () => received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function runMailingBenchmark(args: string[]): Promise<void> {
  const amount = countFrom(args, 'amount', 10_000, 1);
  const warmup = countFrom(args, 'warmup', 1000, 0);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enquete-bench-mailing-'));
  const sink = await startSink();
  try {
    const db = openDatabase(path.join(dir, 'bench.db'));
    runMigrations(db);
    seedEditions(db);
    const edition = getEditionByCode({ db, code: EDITION })!;
    const key = deriveLinkKey('bench-mailing-link-secret-of-enough-length');
    const setupStart = performance.now();
    const addLibrary = db.$client.prepare('insert into libraries (name, province, email) values (?, ?, ?)');
    const invite = (count: number, name: string, mailbox: string) =>
      db.$client.transaction(() => {
        for (let i = 0; i < count; i++) {
          const libraryId = Number(addLibrary.run(`${name} ${i}`, 'Utrecht', `${mailbox}${i}@bibliotheek.nl`).lastInsertRowid);
          createInvitation({ db, editionId: edition.id, libraryId, key });
        }
      })();
    if (warmup > 0) {
      invite(warmup, 'Warm-up', 'warm');
      await startMailing({ db, edition, rule: { kind: 'invitation' }, actor: CLI_ACTOR });
      const warming = smtpTransport(sink.url);
      await runSender({ db, transport: warming, from: FROM, ratePerSecond: 0, key });
      warming.close();
    }
    invite(amount, 'Bibliotheek', 'info');
    console.log(
      `  ${warmup.toLocaleString('en')} warm-up messages sent and ${amount.toLocaleString('en')} libraries invited in ${((performance.now() - setupStart) / 1000).toFixed(1)} s (not timed)`,
    );

    // Ours: what the server does, recording each message so the floor sends the same ones.
    const messages: (OutgoingMessage & { from: string })[] = [];
    const transport = smtpTransport(sink.url);
    const recording = {
      ...transport,
      send: (message: OutgoingMessage & { from: string; outboxId: number }) => (messages.push(message), transport.send(message)),
    };
    const oursStart = performance.now();
    const oursCpuStart = process.cpuUsage();
    const started = await startMailing({ db, edition, rule: { kind: 'invitation' }, actor: CLI_ACTOR });
    if (!started.ok || started.recipients !== amount) throw new Error(`mailing queued ${JSON.stringify(started)}`);
    const queuedMs = performance.now() - oursStart;
    await runSender({ db, transport: recording, from: FROM, ratePerSecond: 0, key });
    const oursMs = performance.now() - oursStart;
    const oursCpu = process.cpuUsage(oursCpuStart);
    transport.close();
    const sent = (db.$client.prepare("select count(*) as n from outbox where status = 'sent'").get() as { n: number }).n;
    if (sent !== warmup + amount || sink.received() !== warmup + amount)
      throw new Error(`sent ${sent}, sink received ${sink.received()} of ${warmup + amount}`);

    // Floor: the same messages in a bare loop over one connection, with the same socket (Nagle off) as the app.
    const floor = nodemailer.createTransport({
      ...parseConnectionUrl(sink.url),
      getSocket: plainSocketWithoutNagle,
      pool: true,
      maxConnections: 1,
    } as Parameters<typeof nodemailer.createTransport>[0]);
    const floorStart = performance.now();
    const floorCpuStart = process.cpuUsage();
    for (const { from, to, subject, text } of messages) await floor.sendMail({ from, to, subject, text });
    const floorMs = performance.now() - floorStart;
    const floorCpu = process.cpuUsage(floorCpuStart);
    floor.close();
    if (sink.received() !== warmup + 2 * amount) throw new Error(`sink received ${sink.received()} of ${warmup + 2 * amount}`);

    const rate = (ms: number) => (amount / (ms / 1000)).toFixed(0).padStart(8);
    // CPU time of the process (all threads) per message: on a loaded machine wall time also holds waiting for a core.
    const cpu = (usage: NodeJS.CpuUsage) => `${((usage.user + usage.system) / amount).toFixed(0).padStart(6)} µs CPU/msg`;
    console.log(
      `\nInvitation mailing of ${amount.toLocaleString('en')} messages to a local SMTP sink, throttling off, after ${warmup.toLocaleString('en')} warm-up messages:`,
    );
    console.log(`  ours: queue (startMailing)                    ${queuedMs.toFixed(0).padStart(8)} ms`);
    console.log(
      `  ours: queue + send (runSender)                ${oursMs.toFixed(0).padStart(8)} ms  ${rate(oursMs)} msg/s  ${cpu(oursCpu)}`,
    );
    console.log(
      `  floor: nodemailer, bare loop, one connection  ${floorMs.toFixed(0).padStart(8)} ms  ${rate(floorMs)} msg/s  ${cpu(floorCpu)}`,
    );
    console.log(
      `  ratio ours/floor (time)                       ${(oursMs / floorMs).toFixed(2).padStart(8)}x  (floor/ours ${(floorMs / oursMs).toFixed(2)})`,
    );
    db.$client.close();
  } finally {
    await sink.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
