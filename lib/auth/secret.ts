import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

let cached: string | undefined;

/** Where a generated secret is kept: beside the database, in the data folder. */
export function authSecretFile(databaseUrl = process.env.DATABASE_URL || 'data/app.db'): string {
  return path.join(path.dirname(path.resolve(/*turbopackIgnore: true*/ databaseUrl)), 'auth-secret');
}

/**
 * The key that signs and encrypts session cookies: AUTH_SECRET or
 * NEXTAUTH_SECRET from the environment, else one generated on first start and
 * kept in the data folder, so sessions survive a restart and a fresh machine
 * needs no configuration. The file (0600) appears atomically and only once
 * (written aside, then hard-linked): when two workers start at once, the
 * second reads the first one's secret, never a half-written file.
 */
export function getAuthSecret(file = authSecretFile()): string {
  const fromEnv = process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET;
  if (fromEnv) return fromEnv;
  if (cached) return cached;
  const read = () => fs.readFileSync(/*turbopackIgnore: true*/ file, 'utf8').trim();
  try {
    cached = read();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const aside = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    fs.writeFileSync(aside, randomBytes(32).toString('base64url') + '\n', { mode: 0o600 });
    try {
      fs.linkSync(aside, file);
    } catch (linkError) {
      if ((linkError as NodeJS.ErrnoException).code !== 'EEXIST') throw linkError;
    } finally {
      fs.rmSync(aside, { force: true });
    }
    cached = read();
  }
  if (cached.length < 32) throw new Error(`${file} holds too short an auth secret; delete it to have a new one generated.`);
  return cached;
}

/** For tests that point at another file. */
export function resetAuthSecretCache(): void {
  cached = undefined;
}
