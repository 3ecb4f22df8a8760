import { authSecretFromEnv } from '@/lib/env';
import { fileInDataDir, readOrCreateSecretFile } from '@/lib/security/secret-file';

let cached: string | undefined;

/** Where a generated secret is kept: in the data folder (DATA_DIR, by default beside the SQLite file). */
export function authSecretFile(databaseUrl?: string): string {
  return fileInDataDir('auth-secret', databaseUrl);
}

/**
 * The key that signs and encrypts session cookies: AUTH_SECRET or
 * NEXTAUTH_SECRET from the environment, else one generated on first start and
 * kept in the data folder (lib/security/secret-file.ts), so sessions survive
 * a restart and a fresh machine needs no configuration.
 */
export function getAuthSecret(file = authSecretFile()): string {
  const fromEnv = authSecretFromEnv();
  if (fromEnv) return fromEnv;
  cached ??= readOrCreateSecretFile(file, 'auth secret');
  return cached;
}

/** For tests that point at another file. */
export function resetAuthSecretCache(): void {
  cached = undefined;
}
