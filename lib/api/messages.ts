import nl from '@/messages/nl/api.json';
import { fillTemplate } from '@/lib/fill-template';

export type ApiMessageKey = keyof typeof nl.api;

/**
 * Dutch error messages of the JSON API, read from the message file. Plain
 * substitution rather than next-intl: route handlers and proxy.ts answer
 * before any request-scoped i18n is set up.
 */
export function apiMessage(key: ApiMessageKey, values: Record<string, string | number> = {}): string {
  return fillTemplate(nl.api[key], values);
}
