import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileInDataDir, readOrCreateSecretFile } from './secret-file';

const before = { DATABASE_URL: process.env.DATABASE_URL, DATA_DIR: process.env.DATA_DIR };
afterEach(() => {
  for (const [name, value] of Object.entries(before)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe('files in the data folder', () => {
  it('sit beside the SQLite file without DATA_DIR', () => {
    delete process.env.DATA_DIR;
    expect(fileInDataDir('link-secret', 'srv/enquete/app.db')).toBe(path.resolve('srv/enquete/link-secret'));
  });

  it('sit in data/ under a PostgreSQL DATABASE_URL, and in DATA_DIR when set', () => {
    delete process.env.DATA_DIR;
    process.env.DATABASE_URL = 'postgres://127.0.0.1/enquete';
    expect(fileInDataDir('auth-secret')).toBe(path.resolve('data/auth-secret'));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enquete-data-dir-'));
    try {
      process.env.DATA_DIR = dir;
      const file = fileInDataDir('auth-secret');
      expect(file).toBe(path.join(dir, 'auth-secret'));
      const secret = readOrCreateSecretFile(file, 'auth secret');
      expect(readOrCreateSecretFile(file, 'auth secret')).toBe(secret);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
