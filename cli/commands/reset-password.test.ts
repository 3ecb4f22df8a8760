import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { auditLog } from '@/db/schema';
import { authenticateStaff } from '@/lib/auth/sign-in';
import type { CliIo } from '../command';
import { createUserCommand } from './create-user';
import { resetPasswordCommand } from './reset-password';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enquete-cli-reset-'));

beforeAll(async () => {
  process.env.DATABASE_URL = path.join(dir, 'app.db');
  runMigrations(getDb());
  await createUserCommand.run(['--email', 'vergeten@beheer.nl', '--role', 'coordinator'], io('het-oude-wachtwoord').io);
});
afterAll(() => closeDb());

function io(stdin = '') {
  const out = { stdout: '', stderr: '' };
  const value: CliIo = { stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t), readStdin: async () => stdin };
  return { io: value, out };
}

const signIn = (password: string, clientKey: string) =>
  authenticateStaff({ db: getDb(), credentials: { email: 'vergeten@beheer.nl', password }, clientKey });

describe('reset-password', () => {
  it('sets the password read from standard input; the old one stops working', async () => {
    const { io: cli, out } = io('het-nieuwe-wachtwoord\n');
    expect(await resetPasswordCommand.run(['Vergeten@Beheer.nl'], cli)).toBe(0);
    expect(out.stdout).toContain('vergeten@beheer.nl');
    expect(await signIn('het-nieuwe-wachtwoord', 'a')).toMatchObject({ ok: true });
    expect((await signIn('het-oude-wachtwoord', 'b')).ok).toBe(false);
    const entry = getDb()
      .select({ action: auditLog.action, actor: auditLog.actorLabel, details: auditLog.details })
      .from(auditLog)
      .all()
      .at(-1);
    expect(entry).toEqual({ action: 'user.password_reset', actor: 'cli', details: { email: 'vergeten@beheer.nl', generated: false } });
  });

  it('generates one with --generate and prints it alone on the last line', async () => {
    const { io: cli, out } = io();
    expect(await resetPasswordCommand.run(['vergeten@beheer.nl', '--generate'], cli)).toBe(0);
    const password = out.stdout.trimEnd().split('\n').at(-1)!;
    expect(password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    expect(await signIn(password, 'c')).toMatchObject({ ok: true });
  });

  it('refuses a short password, an unknown account and a missing address, changing nothing', async () => {
    const short = io('kort');
    expect(await resetPasswordCommand.run(['vergeten@beheer.nl'], short.io)).toBe(1);
    expect(short.out.stderr).toContain('Het wachtwoord moet minstens 12 tekens lang zijn.');
    const unknown = io('een-lang-genoeg-wachtwoord');
    expect(await resetPasswordCommand.run(['niemand@beheer.nl'], unknown.io)).toBe(1);
    expect(unknown.out.stderr).toContain('Er is geen account met e-mailadres niemand@beheer.nl');
    expect(await resetPasswordCommand.run([], io('een-lang-genoeg-wachtwoord').io)).toBe(2);
    expect((await signIn('kort', 'd')).ok).toBe(false);
  });
});
