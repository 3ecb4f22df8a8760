import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { auditLog } from '@/db/schema';
import { findApiKeyCaller } from '@/lib/auth/api-keys';
import { authenticateStaff } from '@/lib/auth/sign-in';
import type { CliIo } from '../command';
import { createApiKeyCommand } from './create-api-key';
import { createUserCommand } from './create-user';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enquete-cli-'));

beforeAll(() => {
  process.env.DATABASE_URL = path.join(dir, 'app.db');
  runMigrations(getDb());
});
afterAll(() => closeDb());

function io(stdin = '') {
  const out = { stdout: '', stderr: '' };
  const value: CliIo = { stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t), readStdin: async () => stdin };
  return { io: value, out };
}

describe('create-user', () => {
  it('reads the password from standard input and makes an account that can sign in', async () => {
    const { io: cli, out } = io('een-sterk-wachtwoord\n');
    expect(await createUserCommand.run(['--email', 'Eerste@Beheer.nl', '--role', 'admin', '--name', 'Eerste'], cli)).toBe(0);
    expect(out.stdout).toContain('eerste@beheer.nl');
    const result = await authenticateStaff({
      db: getDb(),
      credentials: { email: 'eerste@beheer.nl', password: 'een-sterk-wachtwoord' },
      clientKey: 't',
    });
    expect(result).toMatchObject({ ok: true, user: { role: 'admin', name: 'Eerste' } });
  });

  it('refuses a short password with a clear Dutch message and makes nothing', async () => {
    const { io: cli, out } = io('kort\n');
    expect(await createUserCommand.run(['--email', 'kort@beheer.nl', '--role', 'coordinator'], cli)).toBe(1);
    expect(out.stderr).toContain('Het wachtwoord moet minstens 12 tekens lang zijn.');
    const result = await authenticateStaff({ db: getDb(), credentials: { email: 'kort@beheer.nl', password: 'kort' }, clientKey: 'u' });
    expect(result.ok).toBe(false);
  });

  it('refuses a missing password, a bad role and a duplicate address', async () => {
    expect(await createUserCommand.run(['--email', 'x@beheer.nl', '--role', 'admin'], io('').io)).toBe(2);
    expect(await createUserCommand.run(['--email', 'x@beheer.nl', '--role', 'baas'], io('een-sterk-wachtwoord').io)).toBe(2);
    const dup = io('nog-een-sterk-wachtwoord');
    expect(await createUserCommand.run(['--email', 'eerste@beheer.nl', '--role', 'coordinator'], dup.io)).toBe(1);
    expect(dup.out.stderr).toContain('Er is al een account');
  });
});

describe('the audit log', () => {
  it('names the command line as the author of accounts and keys it makes', async () => {
    await createUserCommand.run(['--email', 'log@beheer.nl', '--role', 'coordinator'], io('een-sterk-wachtwoord').io);
    await createApiKeyCommand.run(['--name', 'Gelogd'], io().io);
    const rows = getDb().select({ action: auditLog.action, actor: auditLog.actorLabel, details: auditLog.details }).from(auditLog).all();
    expect(rows).toEqual(
      expect.arrayContaining([
        { action: 'user.created', actor: 'cli', details: { email: 'log@beheer.nl', name: null, role: 'coordinator' } },
        { action: 'api_key.created', actor: 'cli', details: expect.objectContaining({ name: 'Gelogd' }) },
      ]),
    );
  });
});

describe('create-api-key', () => {
  it('prints the key alone on the last line of standard output, and the key works', async () => {
    const { io: cli, out } = io();
    expect(await createApiKeyCommand.run(['--name', 'Dashboard'], cli)).toBe(0);
    const lines = out.stdout.trimEnd().split('\n');
    const key = lines.at(-1)!;
    expect(key).toMatch(/^enq_[A-Za-z0-9_-]{43}$/);
    expect(await findApiKeyCaller({ db: getDb(), key })).toMatchObject({ name: 'Dashboard' });
  });

  it('needs a name', async () => {
    const { io: cli, out } = io();
    expect(await createApiKeyCommand.run([], cli)).toBe(2);
    expect(out.stderr).toContain('Geef de sleutel een naam.');
  });
});
