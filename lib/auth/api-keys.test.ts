import { CLI_ACTOR } from '@/lib/audit/record';
import { describe, expect, it } from 'vitest';
import { apiKeys } from '@/db/schema';
import { API_KEY_ROLE, createApiKey, findApiKeyCaller, listApiKeys, revokeApiKey } from './api-keys';
import { hashApiKey } from './api-key-token';
import { openTestDb } from '@/tests/support/db';

describe('API keys', () => {
  it('stores only the hash and a short prefix, and finds the key again', async () => {
    const db = await openTestDb();
    const { id, key } = await createApiKey({ db, name: 'Dashboard', actor: CLI_ACTOR });
    const row = db.select().from(apiKeys).get()!;
    expect(row.keyHash).toBe(hashApiKey(key));
    expect(JSON.stringify(row)).not.toContain(key);
    expect(await findApiKeyCaller({ db, key })).toEqual({ keyId: id, name: 'Dashboard', role: API_KEY_ROLE });
    expect(await findApiKeyCaller({ db, key: key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A') })).toBeUndefined();
  });

  it('records the last use, at most once a minute', async () => {
    const db = await openTestDb();
    const { key } = await createApiKey({ db, name: 'k', actor: CLI_ACTOR });
    const t = Date.UTC(2026, 0, 1);
    await findApiKeyCaller({ db, key, now: new Date(t) });
    expect((await listApiKeys({ db }))[0].lastUsedAt).toEqual(new Date(t));
    await findApiKeyCaller({ db, key, now: new Date(t + 30_000) });
    expect((await listApiKeys({ db }))[0].lastUsedAt).toEqual(new Date(t));
    await findApiKeyCaller({ db, key, now: new Date(t + 61_000) });
    expect((await listApiKeys({ db }))[0].lastUsedAt).toEqual(new Date(t + 61_000));
  });

  it('a revoked key stops working at once', async () => {
    const db = await openTestDb();
    const { id, key } = await createApiKey({ db, name: 'k', actor: CLI_ACTOR });
    expect(await revokeApiKey({ db, id, actor: CLI_ACTOR })).toBe(true);
    expect(await findApiKeyCaller({ db, key })).toBeUndefined();
    expect(await revokeApiKey({ db, id, actor: CLI_ACTOR })).toBe(false);
  });
});
