/**
 * One mail sender loop as a process of its own, unthrottled (a message's
 * record and the next one's claim share a transaction), for the tests that
 * kill it or run two side by side on one outbox:
 *
 *   node --import tsx tests/support/sender-process.ts <database> <smtp-url> <link-secret> [--wait]
 *
 * With --wait it prints "ready" and starts when a line arrives on stdin, so
 * two processes can be started at the same moment.
 */
import readline from 'node:readline';
import { openDatabase } from '@/db/client';
import { deriveLinkKey } from '@/lib/invitations/link-key';
import { runSender } from '@/lib/mail/sender';
import { smtpTransport } from '@/lib/mail/transport';

const [file, url, secret, wait] = process.argv.slice(2);

async function main() {
  if (wait === '--wait') {
    const lines = readline.createInterface({ input: process.stdin });
    process.stdout.write('ready\n');
    await new Promise((resolve) => lines.once('line', resolve));
    lines.close();
  }
  const db = openDatabase(file);
  const transport = smtpTransport(url);
  try {
    await runSender({ db, transport, from: 'Enquête <enquete@test.nl>', ratePerSecond: 0, key: deriveLinkKey(secret) });
  } finally {
    transport.close();
    db.$client.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
