import nl from '@/messages/nl/auth.json';
import { fillTemplate } from '@/lib/fill-template';

export type AuthFormMessageKey = keyof typeof nl.auth.formErrors;

/**
 * Field messages of the staff forms' zod schemas, from the message file. The
 * schemas are built at module load and also run in the browser (sign-in), so
 * they read the file directly rather than through next-intl.
 */
export function authFormMessage(key: AuthFormMessageKey, values: Record<string, string | number> = {}): string {
  return fillTemplate(nl.auth.formErrors[key], values);
}
