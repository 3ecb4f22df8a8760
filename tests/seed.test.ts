import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

function seed(args: string[]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enquete-seed-'));
  const databaseUrl = path.join(dir, 'app.db');
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'db/seed.ts', ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: 'x'.repeat(40) },
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  const db = new Database(databaseUrl, { readonly: true });
  const count = (table: string) => (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  return { db, count, stdout: result.stdout };
}

describe('npm run db:seed', () => {
  it('with --no-demo stores the editions with their questionnaires and nothing else', () => {
    const { db, count } = seed(['--no-demo']);
    const editions = db.prepare('select code, status, definition from editions order by code').all() as { code: string; status: string; definition: string }[];
    expect(editions.map((e) => [e.code, e.status])).toEqual([['2021-2022', 'closed'], ['2022-2023', 'open']]);
    for (const edition of editions) expect(JSON.parse(edition.definition).pages.length).toBeGreaterThan(0);
    for (const table of ['libraries', 'invitations', 'responses', 'answers', 'users', 'api_keys']) expect(count(table), table).toBe(0);
    db.close();
  }, 60_000);
});
