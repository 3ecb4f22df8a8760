import { hash, verify } from '@node-rs/argon2';
import { z } from 'zod';
import { authFormMessage } from './form-messages';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-rules';

export { MIN_PASSWORD_LENGTH };

export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, authFormMessage('newPasswordTooShort', { min: MIN_PASSWORD_LENGTH }))
  .max(MAX_PASSWORD_LENGTH, authFormMessage('newPasswordTooLong', { max: MAX_PASSWORD_LENGTH }));

// argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane): slow
// enough to hurt offline guessing, fast enough (~30 ms) for sign-in on 2 cores.
const options = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash must never let anyone in.
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/**
 * Verifies against a throw-away hash so that an unknown e-mail address costs
 * as much time as a known one and timing does not reveal which accounts exist.
 */
export async function spendPasswordVerification(password: string): Promise<void> {
  dummyHash ??= hashPassword('not-a-real-password-used-for-timing');
  await verifyPassword(await dummyHash, password);
}
