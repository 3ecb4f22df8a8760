import { hkdfSync } from 'node:crypto';
import { env } from '@/lib/env';
import { fileInDataDir, readOrCreateSecretFile } from '@/lib/security/secret-file';

/** The 32-byte AES key under which invitation tokens are kept (lib/invitations/link-cipher.ts). */
export type LinkKey = Buffer;

export function linkSecretFile(databaseUrl?: string): string {
  return fileInDataDir('link-secret', databaseUrl);
}

/** HKDF, so any secret of 32 characters or more (an env value, a generated file) gives a full-strength AES-256 key. */
export function deriveLinkKey(secret: string): LinkKey {
  return Buffer.from(hkdfSync('sha256', secret, '', 'enquete invitation links v1', 32));
}

const cache = new Map<string, LinkKey>();

/**
 * The key that keeps invitation links showable: LINK_SECRET from the
 * environment, else a secret generated on first use into `link-secret` beside
 * the database, like the auth secret. It is never written into the database,
 * so a stolen copy of the database alone does not reveal a single link. Losing
 * it costs only the showing: links are looked up by hash and keep working.
 */
export function getLinkKey({
  secret = env.LINK_SECRET ?? null,
  file = linkSecretFile(),
}: { secret?: string | null; file?: string } = {}): LinkKey {
  const source = secret !== null ? `env:${secret}` : `file:${file}`;
  let key = cache.get(source);
  if (!key) {
    key = deriveLinkKey(secret ?? readOrCreateSecretFile(file, 'link secret'));
    cache.set(source, key);
  }
  return key;
}
