import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { dataDir } from '@/lib/env';

/**
 * A file in the data folder (DATA_DIR, by default the SQLite file's folder), where generated secrets are kept.
 * `databaseUrl` stands in for DATABASE_URL (tests give a file in a temporary folder).
 */
export function fileInDataDir(name: string, databaseUrl?: string): string {
  return path.join(path.resolve(/*turbopackIgnore: true*/ dataDir(databaseUrl)), name);
}

/**
 * The secret in `file`, generated (32 random bytes, base64url, mode 0600) if
 * the file does not exist yet. The file appears atomically and only once
 * (written aside, then hard-linked): when two workers start at once, the
 * second reads the first one's secret, never a half-written file.
 */
export function readOrCreateSecretFile(file: string, what: string): string {
  const read = () => fs.readFileSync(/*turbopackIgnore: true*/ file, 'utf8').trim();
  let secret: string;
  try {
    secret = read();
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
    secret = read();
  }
  if (secret.length < 32) throw new Error(`${file} holds too short a ${what}; delete it to have a new one generated.`);
  return secret;
}
