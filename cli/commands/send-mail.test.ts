import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { seedEditions } from '@/cli/seed/seed';
import { mailings, outbox } from '@/db/schema';
import { getEditionByCode } from '@/lib/editions/queries';
import { createInvitation } from '@/lib/invitations/create';
import { getLinkKey } from '@/lib/invitations/link-key';
import { addTestLibrary } from '@/tests/support/libraries';
import { startSmtpServer } from '@/tests/support/smtp';
import type { CliIo } from '../command';
import { sendRemindersCommand } from './send-mail';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enquete-send-mail-'));
const databaseUrl = path.join(dir, 'app.db');
const secret = 'a-link-secret-for-the-send-mail-cli-test-only';
const names = ['Bibliotheek Aa', 'Bibliotheek Bee', 'Bibliotheek Cee', 'Bibliotheek Dee', 'Bibliotheek Ee'];
let db: Db;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let onMessage: (count: number) => void = () => {};

beforeAll(async () => {
  db = openDatabase(databaseUrl);
  runMigrations(db);
  seedEditions(db);
  const edition = getEditionByCode({ db, code: '2022-2023' })!;
  for (const name of names)
    createInvitation({ db, editionId: edition.id, libraryId: addTestLibrary(db, name), key: getLinkKey({ secret }) });
  smtp = await startSmtpServer({ onMessage: (count) => onMessage(count) });
});
afterAll(async () => {
  db.$client.close();
  await smtp.close();
});

/** `npm run cli -- send-invitations` as a real process, against the test's SMTP server. */
function cli(...args: string[]): { child: ChildProcess; done: Promise<{ code: number | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'cli/index.ts', ...args], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      LINK_SECRET: secret,
      SMTP_URL: smtp.url,
      MAIL_FROM: 'enquete@test.nl',
      MAIL_RATE_PER_SECOND: '1000',
      NODE_ENV: 'test',
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  return { child, done: new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr }))) };
}

describe('npm run cli -- send-invitations', () => {
  it(
    'killed with -9 part-way and run again, mails every library once; only the message in flight goes twice',
    { timeout: 120_000 },
    async () => {
      const first = cli('send-invitations', '--edition', '2022-2023');
      // The process dies while the server holds its third message, before it can hear the answer.
      onMessage = (count) => {
        if (count === 3) first.child.kill('SIGKILL');
      };
      const killed = await first.done;
      expect(killed.code, killed.stderr).toBeNull();
      expect(
        db
          .select()
          .from(outbox)
          .all()
          .filter((r) => r.status === 'sending'),
      ).toHaveLength(1);
      onMessage = () => {};

      const second = await cli('send-invitations', '--edition', '2022-2023').done;
      expect(second.code, second.stderr).toBe(0);
      expect(second.stdout.trim().split('\n').at(-1)).toBe('verstuurd: 5, overgeslagen: 0, mislukt: 0');

      const perLibrary = names.map((name) => smtp.received.filter((m) => m.subject?.includes(name)).length);
      expect(perLibrary.every((n) => n >= 1)).toBe(true);
      expect(perLibrary.filter((n) => n > 1)).toEqual([2]);
      expect(db.select().from(mailings).all()).toMatchObject([{ state: 'done', recipients: 5 }]);

      // Run again: nothing left, nothing sent.
      const third = await cli('send-invitations', '--edition', '2022-2023').done;
      expect(third.stdout.trim()).toBe('verstuurd: 0, overgeslagen: 0, mislukt: 0');
      expect(smtp.received).toHaveLength(6);
    },
  );
});

describe('npm run cli -- send-reminders', () => {
  it('refuses options it does not know, sending nothing', async () => {
    let stderr = '';
    const io: CliIo = { stdout: () => {}, stderr: (t) => void (stderr += t), readStdin: async () => '' };
    expect(await sendRemindersCommand.run(['--edition', '2022-2023', '--only', 'iedereen'], io)).toBe(2);
    expect(await sendRemindersCommand.run(['--edition', '2022-2023', '--min-days', 'drie'], io)).toBe(2);
    expect(stderr).toContain('--min-days moet een heel getal van 0 tot en met 365 zijn.');
    expect(await sendRemindersCommand.run(['--edition', '2022-2023', '--include-not-mailed', 'ja'], io)).toBe(2);
    expect(stderr).toContain('--include-not-mailed heeft geen waarde.');
    expect(stderr).toContain('Gebruik: npm run cli -- send-reminders --edition <code>');
  });

  it(
    'leaves a library never mailed an invitation out, saying so, unless --include-not-mailed asks for it',
    { timeout: 60_000 },
    async () => {
      // The invitations above all went out just now; this library's link was printed and handed over.
      const edition = getEditionByCode({ db, code: '2022-2023' })!;
      createInvitation({ db, editionId: edition.id, libraryId: addTestLibrary(db, 'Bibliotheek Gedrukt'), key: getLinkKey({ secret }) });
      const before = smtp.received.length;

      const plain = await cli('send-reminders', '--edition', '2022-2023').done;
      expect(plain.code, plain.stderr).toBe(0);
      expect(plain.stderr).toContain('niet: 1 bibliotheek (nog geen uitnodiging per mail gehad)');
      expect(plain.stderr).toContain('niet: 5 bibliotheken (kreeg onlangs al een mail)');
      expect(smtp.received).toHaveLength(before);

      const included = await cli('send-reminders', '--edition', '2022-2023', '--include-not-mailed').done;
      expect(included.code, included.stderr).toBe(0);
      expect(included.stdout).toContain('verstuurd: Bibliotheek Gedrukt');
      expect(smtp.received.slice(before).map((m) => m.subject)).toEqual(['Herinnering: de enquête voor Bibliotheek Gedrukt']);
    },
  );
});
