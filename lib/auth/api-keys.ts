import { and, desc, eq, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { transaction } from '@/db/transaction';
import { apiKeys, users } from '@/db/schema';
import { recordAudit, type AuditActor } from '@/lib/audit/record';
import { apiKeyDisplayPrefix, generateApiKey, hashApiKey, looksLikeApiKey } from './api-key-token';
import type { StaffRole } from './roles';

/**
 * The role every API key acts with. Keys exist for the /api/v1 staff endpoints
 * (results now, exports later, which are admin-only), only admins can make or
 * revoke them, and they work nowhere else: not for pages, not for server
 * actions, so a key can never manage accounts or keys.
 */
export const API_KEY_ROLE: StaffRole = 'admin';

// Recording every use would turn each API read into a write; a minute is precise enough.
const LAST_USED_RESOLUTION_MS = 60_000;

export type ApiKeyCaller = { keyId: number; name: string; role: StaffRole };

const keyTarget = (id: number) => `api_key:${id}`;

/** The key is returned, never stored or logged: the audit entry names it by name and display prefix. */
export async function createApiKey({ db, name, actor }: { db: Db; name: string; actor: AuditActor }): Promise<{ id: number; key: string }> {
  const key = generateApiKey();
  return transaction(db, async (tx) => {
    const [row] = await tx
      .insert(apiKeys)
      .values({ name: name.trim(), keyHash: hashApiKey(key), prefix: apiKeyDisplayPrefix(key), createdByUserId: actor.userId ?? null })
      .returning({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix });
    recordAudit(tx, { actor, action: 'api_key.created', target: keyTarget(row.id), details: { name: row.name, prefix: row.prefix } });
    return { id: row.id, key };
  });
}

/** The caller a presented key stands for, or nothing for an unknown or revoked key. Records the use. */
export async function findApiKeyCaller({
  db,
  key,
  now = new Date(),
}: {
  db: Db;
  key: string;
  now?: Date;
}): Promise<ApiKeyCaller | undefined> {
  if (!looksLikeApiKey(key)) return undefined;
  const [row] = await db
    .select({ id: apiKeys.id, name: apiKeys.name })
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, hashApiKey(key)), isNull(apiKeys.revokedAt)));
  if (!row) return undefined;
  await transaction(db, async (tx) => {
    await tx
      .update(apiKeys)
      .set({ lastUsedAt: now })
      .where(
        and(
          eq(apiKeys.id, row.id),
          or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, new Date(now.getTime() - LAST_USED_RESOLUTION_MS))),
        ),
      );
  });
  return { keyId: row.id, name: row.name, role: API_KEY_ROLE };
}

export async function listApiKeys({ db }: { db: Db }) {
  return db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      prefix: apiKeys.prefix,
      createdAt: apiKeys.createdAt,
      lastUsedAt: apiKeys.lastUsedAt,
      revokedAt: apiKeys.revokedAt,
      createdBy: users.email,
    })
    .from(apiKeys)
    .leftJoin(users, eq(users.id, apiKeys.createdByUserId))
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
}

/** False for an unknown or already revoked key. */
export async function revokeApiKey({
  db,
  id,
  actor,
  now = new Date(),
}: {
  db: Db;
  id: number;
  actor: AuditActor;
  now?: Date;
}): Promise<boolean> {
  return transaction(db, async (tx) => {
    const [row] = await tx
      .update(apiKeys)
      .set({ revokedAt: now })
      .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
      .returning({ name: apiKeys.name, prefix: apiKeys.prefix });
    if (!row) return false;
    recordAudit(tx, { actor, action: 'api_key.revoked', target: keyTarget(id), details: { name: row.name, prefix: row.prefix } });
    return true;
  });
}
