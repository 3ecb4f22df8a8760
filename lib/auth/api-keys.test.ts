import { CLI_ACTOR } from '@/lib/audit/record';
import { describe, expect, it } from 'vitest';
import { apiKeys } from '@/db/schema';
import { API_KEY_ROLE, createApiKey, findApiKeyCaller, listApiKeys, revokeApiKey } from './api-keys';
import { hashApiKey } from './api-key-token';
import { openTestDb } from '@/tests/support/db';

describe('API keys', () => {
  it('stores only the hash and a short prefix, and finds the key again', () => {
    const db = openTestDb();
    const { id, key } = createApiKey({ db, name: 'Dashboard', actor: CLI_ACTOR });
    const row = db.select().from(apiKeys).get()!;
    expect(row.keyHash).toBe(hashApiKey(key));
    expect(JSON.stringify(row)).not.toContain(key);
    expect(findApiKeyCaller({ db, key })).toEqual({ keyId: id, name: 'Dashboard', role: API_KEY_ROLE });
    expect(findApiKeyCaller({ db, key: key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A') })).toBeUndefined();
  });

  it('records the last use, at most once a minute', () => {
    const db = openTestDb();
    const { key } = createApiKey({ db, name: 'k', actor: CLI_ACTOR });
    const t = Date.UTC(2026, 0, 1);
    findApiKeyCaller({ db, key, now: new Date(t) });
    expect(listApiKeys({ db })[0].lastUsedAt).toEqual(new Date(t));
    findApiKeyCaller({ db, key, now: new Date(t + 30_000) });
    expect(listApiKeys({ db })[0].lastUsedAt).toEqual(new Date(t));
    findApiKeyCaller({ db, key, now: new Date(t + 61_000) });
    expect(listApiKeys({ db })[0].lastUsedAt).toEqual(new Date(t + 61_000));
  });

  it('a revoked key stops working at once', () => {
    const db = openTestDb();
    const { id, key } = createApiKey({ db, name: 'k', actor: CLI_ACTOR });
    expect(revokeApiKey({ db, id, actor: CLI_ACTOR })).toBe(true);
    expect(findApiKeyCaller({ db, key })).toBeUndefined();
    expect(revokeApiKey({ db, id, actor: CLI_ACTOR })).toBe(false);
  });
});
