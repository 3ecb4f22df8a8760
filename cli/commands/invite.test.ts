import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { seedEditions } from '@/cli/seed/seed';
import { auditLog, invitations } from '@/db/schema';
import { findInvitationByToken } from '@/lib/responses/queries';
import { addTestLibrary } from '@/tests/support/libraries';
import type { CliIo } from '../command';
import { inviteCommand } from './invite';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enquete-invite-'));

beforeAll(() => {
  process.env.DATABASE_URL = path.join(dir, 'app.db');
  runMigrations(getDb());
  seedEditions(getDb());
  addTestLibrary(getDb(), 'Bibliotheek Aa');
  addTestLibrary(getDb(), '=Bibliotheek Formule');
  addTestLibrary(getDb(), 'Bibliotheek Dicht', { deactivated: true });
});
afterAll(() => closeDb());

async function run(...args: string[]) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = { stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t), readStdin: async () => '' };
  const code = await inviteCommand.run(args, io);
  return { code, ...out };
}

const invitationCount = () => getDb().select().from(invitations).all().length;

describe('npm run cli -- invite', () => {
  it('refuses an unknown library, a closed or unknown edition and a missing --edition, inviting nobody', async () => {
    expect(await run('--edition', '2022-2023', '--library', 'Bibliotheek Aa', '--library', 'Bibliotheek Nergens')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Onbekende bibliotheek: Bibliotheek Nergens'),
    });
    expect(await run('--edition', '2021-2022')).toMatchObject({ code: 2, stderr: expect.stringContaining('Editie 2021-2022 is gesloten') });
    expect(await run('--edition', '1999-2000')).toMatchObject({ code: 2, stderr: expect.stringContaining('Onbekende editie: 1999-2000') });
    expect(await run()).toMatchObject({ code: 2, stderr: expect.stringContaining('Gebruik:') });
    expect(invitationCount()).toBe(0);
  });

  it('invites the libraries named (any case), printing their links as formula-safe CSV', async () => {
    const result = await run('--edition', '2022-2023', '--library', 'bibliotheek aa');
    expect(result.code).toBe(0);
    const rows = parse(result.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.name)).toEqual(['Bibliotheek Aa']);
    expect(findInvitationByToken({ db: getDb(), token: rows[0].token })?.library.name).toBe('Bibliotheek Aa');
    expect(rows[0].url).toMatch(new RegExp(`/r/${rows[0].token}$`));
    expect(result.stderr).toContain('1 bibliotheek uitgenodigd voor 2022-2023');
  });

  it('invites every other active library, skipping (and saying so) those invited before and deactivated ones', async () => {
    const result = await run('--edition', '2022-2023');
    expect(result.code).toBe(0);
    const rows = parse(result.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.name)).toEqual(["'=Bibliotheek Formule"]);
    expect(result.stderr).toContain('overgeslagen: Bibliotheek Aa (heeft al een link)');
    expect(invitationCount()).toBe(2);
    expect(
      getDb()
        .select()
        .from(auditLog)
        .all()
        .map((e) => [e.action, e.actorLabel]),
    ).toEqual([
      ['invitations.created', 'cli'],
      ['invitations.created', 'cli'],
    ]);
  });

  it('says a deactivated library named on the command line is skipped', async () => {
    const result = await run('--edition', '2022-2023', '--library', 'Bibliotheek Dicht');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('0 bibliotheken uitgenodigd');
    expect(result.stderr).toContain('Bibliotheek Dicht (gedeactiveerd)');
  });
});
