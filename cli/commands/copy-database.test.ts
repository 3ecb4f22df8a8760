import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { seedEditions } from '@/cli/seed/seed';
import { createTestPostgres, type TestPostgres } from '@/tests/support/postgres';
import type { CliIo } from '../command';
import { copyDatabaseCommand } from './copy-database';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enquete-copy-cli-'));
const file = path.join(dir, 'app.db');
let target: TestPostgres;

beforeAll(async () => {
  const db = openDatabase(file);
  runMigrations(db);
  seedEditions(db);
  db.$client.close();
  target = await createTestPostgres({ migrate: false });
});
afterAll(async () => {
  await target?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** `npm run cli -- copy-database …` as its own process, DATABASE_URL naming the SQLite file. */
function cli(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'cli/index.ts', 'copy-database', ...args], {
    env: { ...process.env, DATABASE_URL: file, NODE_ENV: 'test' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

function captured(): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    readStdin: async () => '',
  };
  return io;
}

describe('npm run cli -- copy-database', () => {
  it('copies the DATABASE_URL file into PostgreSQL, printing each table, and refuses a second copy', async () => {
    const first = await cli('--to', target.url);
    expect(first.stderr).toContain(`Kopiëren van ${file}`);
    expect(first.stdout).toContain('editions: 2 rijen');
    expect(first.stdout).toContain('audit_log: 0 rijen');
    expect(first.stdout).toMatch(/Klaar: \d+ rijen in 13 tabellen gekopieerd/);
    expect(first.code).toBe(0);
    const editions = await target.db.execute<{ n: string }>(sql`select count(*) as n from editions`);
    expect(editions.rows[0].n).toBe('2');

    const second = await cli('--from', file, '--to', target.url);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('De doeldatabase bevat al gegevens (editions: 2)');
  }, 60_000);

  it('needs a postgres:// URL to copy to and an SQLite file to copy from', async () => {
    const io = captured();
    expect(await copyDatabaseCommand.run(['--to', path.join(dir, 'other.db')], io)).toBe(2);
    expect(io.err).toContain('--to moet een postgres://-URL zijn.');
    const io2 = captured();
    expect(await copyDatabaseCommand.run(['--from', target.url, '--to', target.url], io2)).toBe(2);
    expect(io2.err).toContain('--from moet een SQLite-bestand zijn.');
  });
});
