import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '@/db/client';
import { seedEditions } from '@/cli/seed/seed';
import { runMigrations } from '@/db/migrate';
import { libraries } from '@/db/schema';
import { findInvitationByToken } from '@/lib/responses/queries';
import type { CliIo } from '../command';
import { importLibraries } from './import-libraries';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enquete-import-'));

beforeAll(() => {
  process.env.DATABASE_URL = path.join(dir, 'app.db');
  runMigrations(getDb());
  seedEditions(getDb());
});
afterAll(() => closeDb());

function file(name: string, content: string | Buffer): string {
  const target = path.join(dir, name);
  fs.writeFileSync(target, content);
  return target;
}

async function run(...args: string[]) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = { stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t), readStdin: async () => '' };
  const code = await importLibraries.run(args, io);
  return { code, ...out };
}

const libraryCount = () => getDb().select().from(libraries).all().length;

describe('npm run cli -- import-libraries', () => {
  it('prints a CSV with a header and name, province, email, token and a working url per library', async () => {
    const csv = file(
      'ok.csv',
      '\uFEFFname;province;email\r\nBibliotheek Aa;drenthe;aa@x.nl\r\n"Bibliotheek B; Centrum";Utrecht;b@x.nl\r\n',
    );
    const result = await run(csv, '--edition', '2022-2023');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('name,province,email,token,url');
    const rows = parse(result.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.name, r.province])).toEqual([
      ['Bibliotheek Aa', 'Drenthe'],
      ['Bibliotheek B; Centrum', 'Utrecht'],
    ]);
    for (const row of rows) {
      expect(row.url).toMatch(new RegExp(`/r/${row.token}$`));
      expect(findInvitationByToken({ db: getDb(), token: row.token })?.library.name).toBe(row.name);
    }
  });

  it('counts one library in the singular', async () => {
    const result = await run(file('one.csv', 'name,province,email\nBibliotheek Een,Utrecht,een@x.nl\n'), '--edition', '2022-2023');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('1 bibliotheek uitgenodigd voor 2022-2023 (1 nieuw)');
  });

  it('prints names that a spreadsheet would run as a formula as plain text, and the links unchanged', async () => {
    const csv = file(
      'formula.csv',
      'name,province,email\n"=HYPERLINK(""https://evil.example"",""Klik"")",Utrecht,f1@x.nl\n+31 Bibliotheek,Utrecht,f2@x.nl\n-Bibliotheek Min,Utrecht,f3@x.nl\n@Bibliotheek Apenstaart,Utrecht,+f4@x.nl\nBibliotheek Gewoon,Utrecht,f5@x.nl\n',
    );
    const result = await run(csv, '--edition', '2022-2023');
    expect(result.code).toBe(0);
    const rows = parse(result.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.name, r.email])).toEqual([
      ['\'=HYPERLINK("https://evil.example","Klik")', 'f1@x.nl'],
      ["'+31 Bibliotheek", 'f2@x.nl'],
      ["'-Bibliotheek Min", 'f3@x.nl'],
      ["'@Bibliotheek Apenstaart", "'+f4@x.nl"],
      ['Bibliotheek Gewoon', 'f5@x.nl'],
    ]);
    for (const row of rows) {
      expect(row.url).toMatch(new RegExp(`^http[^/]*//[^/]+/r/${row.token}$`));
      expect(findInvitationByToken({ db: getDb(), token: row.token })).toBeDefined();
    }
  });

  it('reports every bad row with file and line number, and imports nothing', async () => {
    const before = libraryCount();
    const csv = file('bad.csv', 'name,province,email\nBibliotheek C,Utrecht,c@x.nl\n,Utrecht,d@x.nl\nBibliotheek E,Atlantis,e@x.nl\n');
    const result = await run(csv, '--edition', '2022-2023');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${csv}:3: naam ontbreekt`);
    expect(result.stderr).toContain(`${csv}:4: provincie moet`);
    expect(libraryCount()).toBe(before);
  });

  it('refuses a file in another encoding than UTF-8, a missing file and an unknown edition', async () => {
    const before = libraryCount();
    const latin1 = file('latin1.csv', Buffer.from('name,province,email\nBibliotheek S\xfadwest,Friesland,s@x.nl\n', 'latin1'));
    expect(await run(latin1, '--edition', '2022-2023')).toMatchObject({
      code: 1,
      stderr: expect.stringContaining(`${latin1}:2: het bestand is geen UTF-8`),
    });
    expect(await run(path.join(dir, 'nergens.csv'), '--edition', '2022-2023')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('niet gevonden'),
    });
    expect(await run(latin1, '--edition', '1999-2000')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Onbekende editie: 1999-2000'),
    });
    expect(await run(latin1, '--edition', '2021-2022')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Editie 2021-2022 is gesloten'),
    });
    expect(await run(latin1)).toMatchObject({ code: 2, stderr: expect.stringContaining('Gebruik:') });
    expect(libraryCount()).toBe(before);
  });
});
