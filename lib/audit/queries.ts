import { and, asc, desc, eq, gt, lt, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { auditLog } from '@/db/schema';
import type { AuditAction } from './actions';

export type AuditFilter = { action?: AuditAction; actor?: string };

export type AuditLogEntry = {
  id: number;
  at: Date;
  /** The label copied at the time: e-mail address, "api-key:<name>" or "cli". */
  actor: string;
  action: string;
  target: string | null;
  details: Record<string, unknown> | null;
};

/**
 * One page of entries, newest first. `older`/`newer` are the cursors (entry
 * ids) for the neighbouring pages, or null when there is nothing there.
 */
export type AuditPage = { entries: AuditLogEntry[]; older: number | null; newer: number | null };

const columns = {
  id: auditLog.id,
  at: auditLog.at,
  actor: auditLog.actorLabel,
  action: auditLog.action,
  target: auditLog.target,
  details: auditLog.details,
};

function filterConditions(filter: AuditFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.actor) conditions.push(eq(auditLog.actorLabel, filter.actor));
  return conditions;
}

/**
 * Pages by id rather than by `at`: ids follow the order in which entries were
 * written, are unique, and a cursor on them cannot skip or repeat an entry
 * when two share a millisecond or new ones arrive while someone pages.
 */
export function listAuditEntries({
  db,
  filter,
  before,
  after,
  limit,
}: {
  db: Db;
  filter: AuditFilter;
  /** Entries older than this id (the next page). */
  before?: number;
  /** Entries newer than this id (the previous page). */
  after?: number;
  limit: number;
}): AuditPage {
  const conditions = filterConditions(filter);
  const select = () => db.select(columns).from(auditLog);
  const entries =
    after !== undefined
      ? select()
          .where(and(...conditions, gt(auditLog.id, after)))
          .orderBy(asc(auditLog.id))
          .limit(limit)
          .all()
          .reverse()
      : select()
          .where(and(...conditions, before !== undefined ? lt(auditLog.id, before) : undefined))
          .orderBy(desc(auditLog.id))
          .limit(limit)
          .all();
  const exists = (condition: SQL) =>
    db
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(and(...conditions, condition))
      .limit(1)
      .get() !== undefined;
  const newest = entries[0]?.id;
  const oldest = entries.at(-1)?.id;
  return {
    entries,
    older: oldest !== undefined && exists(lt(auditLog.id, oldest)) ? oldest : null,
    newer: newest !== undefined && exists(gt(auditLog.id, newest)) ? newest : null,
  };
}

/** Everyone who appears in the log, for the page's person filter. */
export function listAuditActors({ db }: { db: Db }): string[] {
  return db
    .selectDistinct({ actor: auditLog.actorLabel })
    .from(auditLog)
    .orderBy(asc(auditLog.actorLabel))
    .all()
    .map((row) => row.actor);
}
