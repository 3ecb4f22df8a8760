import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { libraries } from '@/db/schema';
import { CLI_ACTOR } from '@/lib/audit/record';
import { createUser } from '@/lib/auth/users';

const tables = ['editions', 'libraries', 'invitations', 'responses', 'answers', 'users', 'api_keys', 'audit_log'];

function newDatabaseFile(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'enquete-seed-')), 'app.db');
}

/** Runs `npm run db:seed -- <args>` on `databaseUrl`, as its own process. */
function runSeed(databaseUrl: string, args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'cli/seed/seed.ts', ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: 'x'.repeat(40) },
    encoding: 'utf8',
  });
}

function read(databaseUrl: string) {
  const db = new Database(databaseUrl, { readonly: true });
  const count = (table: string) => (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  const counts = () => Object.fromEntries(tables.map((t) => [t, count(t)]));
  return { db, count, counts };
}

function seed(args: string[], databaseUrl = newDatabaseFile()) {
  const result = runSeed(databaseUrl, args);
  expect(result.status, result.stderr).toBe(0);
  return { ...read(databaseUrl), stdout: result.stdout };
}

/** A database someone is using: migrated, with an account and a library the seed did not make. */
async function databaseInUse(): Promise<string> {
  const file = newDatabaseFile();
  const db = openDatabase(file);
  runMigrations(db);
  await createUser({ db, email: 'echte-beheerder@bibliotheek.nl', role: 'admin', password: 'een-echt-wachtwoord', actor: CLI_ACTOR });
  db.insert(libraries).values({ name: 'Bibliotheek Echt', province: 'Utrecht', email: 'info@echt.nl' }).run();
  db.$client.close();
  return file;
}

describe('npm run db:seed', () => {
  it('with --no-demo stores the editions with their questionnaires and nothing else', () => {
    const { db, count } = seed(['--no-demo']);
    const editions = db.prepare('select code, status, definition from editions order by code').all() as {
      code: string;
      status: string;
      definition: string;
    }[];
    expect(editions.map((e) => [e.code, e.status])).toEqual([
      ['2021-2022', 'closed'],
      ['2022-2023', 'open'],
    ]);
    for (const edition of editions) expect(JSON.parse(edition.definition).pages.length).toBeGreaterThan(0);
    for (const table of ['libraries', 'invitations', 'responses', 'answers', 'users', 'api_keys', 'audit_log'])
      expect(count(table), table).toBe(0);
    db.close();
  }, 60_000);

  it('refuses a database that already holds data, says how to start over, and changes nothing', async () => {
    const file = await databaseInUse();
    const before = read(file);
    const counts = before.counts();
    before.db.close();
    for (const args of [[], ['--no-demo']]) {
      const result = runSeed(file, args);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('already holds data');
      expect(result.stderr).toContain('--reset');
      const after = read(file);
      expect(after.counts()).toEqual(counts);
      after.db.close();
    }
    expect(counts).toMatchObject({ editions: 0, users: 1, libraries: 1, audit_log: 1 });
  }, 60_000);

  it('refuses its own earlier data too: seeding twice needs --reset', () => {
    const first = seed(['--no-demo']);
    const file = first.db.name;
    first.db.close();
    expect(runSeed(file, ['--no-demo']).status).toBe(1);
  }, 60_000);

  it('with --if-empty leaves a database that holds data as it is, and says so', async () => {
    const file = await databaseInUse();
    const { db, counts, stdout } = seed(['--if-empty', '--no-demo'], file);
    expect(stdout).toContain('already holds data');
    expect(counts()).toMatchObject({ editions: 0, users: 1, libraries: 1 });
    db.close();
  }, 60_000);

  it('with --reset empties every table first, the append-only audit log included, and keeps it append-only', async () => {
    const file = await databaseInUse();
    const { db, counts } = seed(['--reset', '--no-demo'], file);
    expect(counts()).toEqual({ editions: 2, libraries: 0, invitations: 0, responses: 0, answers: 0, users: 0, api_keys: 0, audit_log: 0 });
    db.close();
    const writable = new Database(file);
    writable.prepare(`insert into audit_log (actor_label, action) values ('cli', 'libraries.imported')`).run();
    expect(() => writable.exec('delete from audit_log')).toThrow(/append-only/);
    writable.close();
  }, 60_000);
});
