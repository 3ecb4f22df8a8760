import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type * as schema from '@/db/schema';
import { auditLog } from '@/db/schema';
import type { AuditAction } from './actions';

/** The database or a transaction on it: an entry is written in the same transaction as the change it records. */
export type AuditWriter = BaseSQLiteDatabase<'sync', unknown, typeof schema>;

export type AuditActor = { userId?: number; apiKeyId?: number; label: string };

/** The command line has no account; its entries say so. */
export const CLI_ACTOR: AuditActor = { label: 'cli' };

/**
 * Who acted, as much of lib/auth's staff user and caller as an entry names:
 * the audit log sits below auth (auth records its own changes here).
 */
type ActingUser = { id: number; email: string };
type ActingCaller = { kind: 'user'; user: ActingUser } | { kind: 'apiKey'; keyId: number; name: string };

export function actorFromUser(user: ActingUser): AuditActor {
  return { userId: user.id, label: user.email };
}

export function actorFromCaller(caller: ActingCaller): AuditActor {
  return caller.kind === 'user' ? actorFromUser(caller.user) : { apiKeyId: caller.keyId, label: `api-key:${caller.name}` };
}

export type AuditEntry = {
  actor: AuditActor;
  action: AuditAction;
  /** "edition:2023-2024", "library:12", "user:3" ... */
  target?: string;
  details?: Record<string, unknown>;
  at?: Date;
};

export function recordAudit(writer: AuditWriter, entry: AuditEntry): void {
  writer
    .insert(auditLog)
    .values({
      at: entry.at ?? new Date(),
      actorUserId: entry.actor.userId ?? null,
      actorApiKeyId: entry.actor.apiKeyId ?? null,
      actorLabel: entry.actor.label,
      action: entry.action,
      target: entry.target ?? null,
      details: entry.details ?? null,
    })
    .run();
}
