import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { seedEditions } from '@/cli/seed/seed';
import { invitations, libraries, mailings, outbox } from '@/db/schema';
import { getEditionByCode } from '@/lib/editions/queries';
import { createInvitation } from '@/lib/invitations/create';
import { deriveLinkKey } from '@/lib/invitations/link-key';
import { addTestLibrary } from '@/tests/support/libraries';
import { startSmtpServer } from '@/tests/support/smtp';
import { startMailing } from './mailings';

const secret = 'a-link-secret-for-the-sender-process-test-only';
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** A database file with `count` invited libraries and an invitation mailing queued for them. */
async function setUp(count: number): Promise<{ db: Db; file: string; emails: string[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enquete-sender-processes-'));
  const file = path.join(dir, 'app.db');
  const db = openDatabase(file);
  cleanups.push(async () => {
    db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  runMigrations(db);
  seedEditions(db);
  const edition = getEditionByCode({ db, code: '2022-2023' })!;
  const key = deriveLinkKey(secret);
  for (let i = 0; i < count; i++) createInvitation({ db, editionId: edition.id, libraryId: addTestLibrary(db, `Bibliotheek ${i}`), key });
  expect(await startMailing({ db, edition, rule: { kind: 'invitation' }, actor: { label: 'coordinator@test.nl' } })).toMatchObject({
    ok: true,
    recipients: count,
  });
  return {
    db,
    file,
    emails: db
      .select({ email: libraries.email })
      .from(libraries)
      .all()
      .map((l) => l.email),
  };
}

/** tests/support/sender-process.ts as a real process: unthrottled, so each record and the next claim share a transaction. */
function senderProcess(file: string, smtpUrl: string, wait = false) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'tests/support/sender-process.ts', file, smtpUrl, secret, ...(wait ? ['--wait'] : [])],
    {
      env: { ...process.env, DATABASE_URL: file, NODE_ENV: 'test' },
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const ready = new Promise<void>((resolve) => child.stdout.on('data', () => stdout.includes('ready') && resolve()));
  const done = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
  return { child, ready, done };
}

function statuses(db: Db): string[] {
  return db
    .select({ status: outbox.status })
    .from(outbox)
    .all()
    .map((r) => r.status);
}

describe('an unthrottled sender, whose record of a message and claim of the next are one transaction', () => {
  it(
    'killed with -9 around its transactions and run again, mails every library; a kill sends at most the message in flight twice',
    { timeout: 120_000 },
    async () => {
      const { db, file, emails } = await setUp(12);
      let onMessage: (count: number) => void = () => {};
      const smtp = await startSmtpServer({ onMessage: (count) => onMessage(count) });
      cleanups.push(() => smtp.close());

      // Killed while the server holds a message, and 0, 1 and 2 ms after it answered one:
      // before, inside or after the transaction that records it and claims the next.
      const inFlightAtKill: number[] = [];
      for (const [at, delayMs] of [
        [2, -1],
        [4, 0],
        [6, 1],
        [8, 2],
      ]) {
        const run = senderProcess(file, smtp.url);
        onMessage = (count) => {
          if (count !== at) return;
          if (delayMs < 0) run.child.kill('SIGKILL');
          else setTimeout(() => run.child.kill('SIGKILL'), delayMs);
        };
        const killed = await run.done;
        expect(killed.code, killed.stderr).toBeNull();
        // One message at a time is in flight: a kill leaves at most one of its claims unrecorded
        // (an earlier run's is taken over once the queue is empty).
        const sending = db
          .select({ libraryId: outbox.libraryId })
          .from(outbox)
          .where(and(eq(outbox.status, 'sending'), eq(outbox.claimedBy, `${os.hostname()}:${run.child.pid}`)))
          .all();
        expect(sending.length).toBeLessThanOrEqual(1);
        inFlightAtKill.push(...sending.map((r) => r.libraryId));
      }
      onMessage = () => {};
      const last = await senderProcess(file, smtp.url).done;
      expect(last.code, last.stderr).toBe(0);

      const received = emails.map((email) => smtp.received.filter((m) => m.rcpt.includes(email)).length);
      expect(received.every((n) => n >= 1)).toBe(true);
      // Only a message that was in flight at a kill went out twice.
      const twice = db
        .select({ libraryId: libraries.id, email: libraries.email })
        .from(libraries)
        .all()
        .filter((l) => smtp.received.filter((m) => m.rcpt.includes(l.email)).length > 1)
        .map((l) => l.libraryId);
      expect(twice.every((id) => inFlightAtKill.includes(id))).toBe(true);
      expect(smtp.received.length - emails.length).toBeLessThanOrEqual(4);
      expect(statuses(db).every((s) => s === 'sent')).toBe(true);
      expect(
        db
          .select()
          .from(invitations)
          .all()
          .every((i) => i.sentAt),
      ).toBe(true);
      expect(db.select().from(mailings).get()?.state).toBe('done');
    },
  );

  it('run in two processes at once on one outbox, sends every message once', { timeout: 120_000 }, async () => {
    const { db, file, emails } = await setUp(40);
    // A server that takes a while per message, so both processes are at work at the same time.
    const smtp = await startSmtpServer({ answerAfterMs: 10 });
    cleanups.push(() => smtp.close());

    const runs = [senderProcess(file, smtp.url, true), senderProcess(file, smtp.url, true)];
    await Promise.all(runs.map((r) => r.ready));
    for (const run of runs) run.child.stdin.write('go\n');
    for (const { code, stderr } of await Promise.all(runs.map((r) => r.done))) expect(code, stderr).toBe(0);

    expect(emails.map((email) => smtp.received.filter((m) => m.rcpt.includes(email)).length)).toEqual(emails.map(() => 1));
    expect(statuses(db).every((s) => s === 'sent')).toBe(true);
    // Both took part: the rows keep the process that sent them.
    const senders = new Set(
      db
        .select({ claimedBy: outbox.claimedBy })
        .from(outbox)
        .all()
        .map((r) => r.claimedBy),
    );
    expect(senders.size).toBe(2);
  });
});
