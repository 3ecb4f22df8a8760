import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { LinkKey } from './link-key';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Which invitation a ciphertext belongs to: bound in as associated data. */
export type LinkBinding = { editionId: number; libraryId: number };

// A ciphertext copied onto another library's row (by someone who can write the
// database but has no key) fails authentication instead of showing one
// library another library's link.
function associatedData({ editionId, libraryId }: LinkBinding): Buffer {
  return Buffer.from(`invitation:${editionId}:${libraryId}`, 'utf8');
}

/** AES-256-GCM with a fresh 96-bit IV: "v1.<base64url of iv | ciphertext | tag>". */
export function encryptToken(token: string, binding: LinkBinding, key: LinkKey): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(associatedData(binding));
  const body = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url')}`;
}

/** The token, or undefined when the value was made under another key, for another invitation, or altered. */
export function decryptToken(stored: string, binding: LinkBinding, key: LinkKey): string | undefined {
  const [version, payload] = stored.split('.');
  if (version !== VERSION || !payload) return undefined;
  const bytes = Buffer.from(payload, 'base64url');
  if (bytes.length <= IV_BYTES + TAG_BYTES) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
    decipher.setAAD(associatedData(binding));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}
