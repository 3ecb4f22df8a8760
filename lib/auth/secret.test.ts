import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { authSecretFile, getAuthSecret, resetAuthSecretCache } from './secret';

const saved = { AUTH_SECRET: process.env.AUTH_SECRET, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET };

afterEach(() => {
  Object.assign(process.env, saved);
  for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
  resetAuthSecretCache();
});

describe('auth secret', () => {
  it('generates one beside the database on first start and keeps it', () => {
    delete process.env.AUTH_SECRET;
    delete process.env.NEXTAUTH_SECRET;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enquete-secret-'));
    const file = authSecretFile(path.join(dir, 'app.db'));
    expect(file).toBe(path.join(dir, 'auth-secret'));
    const first = getAuthSecret(file);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(fs.statSync(file).mode & 0o077).toBe(0);
    resetAuthSecretCache();
    expect(getAuthSecret(file)).toBe(first);
    expect(fs.readdirSync(dir)).toEqual(['auth-secret']);
  });

  it('prefers the environment', () => {
    process.env.AUTH_SECRET = 'x'.repeat(40);
    expect(getAuthSecret('/nonexistent/dir/auth-secret')).toBe('x'.repeat(40));
  });
});
