import nl from '@/messages/nl/audit.json';
import { fillTemplate } from '@/lib/fill-template';

export type AuditQueryMessageKey = keyof typeof nl.audit.query;

/**
 * Dutch problems with the audit log's query parameters, read from the message
 * file with plain substitution: the JSON API answers outside next-intl.
 */
export function auditQueryMessage(key: AuditQueryMessageKey, values: Record<string, string | number> = {}): string {
  return fillTemplate(nl.audit.query[key], values);
}
