import type { AuditLogEntry, AuditPage } from './queries';

/** The JSON shape of GET /api/v1/audit-log (docs/api.md). */
export function auditLogDocument(page: AuditPage) {
  return { entries: page.entries.map(auditEntryDocument), nextCursor: page.older };
}

function auditEntryDocument(entry: AuditLogEntry) {
  return {
    id: entry.id,
    at: entry.at.toISOString(),
    actor: entry.actor,
    action: entry.action,
    target: entry.target,
    details: entry.details,
  };
}
