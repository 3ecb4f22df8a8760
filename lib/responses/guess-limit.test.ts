import { describe, expect, it } from 'vitest';
import { editions, libraries } from '@/db/schema';
import { openTestDb } from '@/tests/support/db';
import type { RateLimitPolicy } from '@/lib/auth/rate-limit';
import { loadBundledDefinitions } from '@/cli/seed/questionnaires';
import { createInvitation } from '@/lib/invitations/create';
import { isInvitationLookupLimited, lookUpInvitation } from './guess-limit';

const policy: RateLimitPolicy = { maxFailures: 3, windowMs: 60_000, lockMs: 120_000 };
const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms);
const unknown = 'A'.repeat(43);

async function setup() {
  const db = await openTestDb();
  const definition = loadBundledDefinitions().at(-1)!;
  const edition = db
    .insert(editions)
    .values({ code: definition.edition, title: definition.title, status: 'open', definition })
    .returning()
    .get();
  const library = db.insert(libraries).values({ name: 'Bibliotheek Test', province: 'Utrecht', email: 'a@b.nl' }).returning().get();
  const { token } = createInvitation({ db, editionId: edition.id, libraryId: library.id });
  return { db, token };
}

describe('unknown invitation tokens', () => {
  it('finds a valid token and counts unknown ones until the client is limited', async () => {
    const { db, token } = await setup();
    const look = (t: string, clientKey: string, ms: number) => lookUpInvitation({ db, token: t, clientKey, now: at(ms), policy });
    expect((await look(token, '127.0.0.2', 0)).status).toBe('found');
    expect((await look(unknown, '127.0.0.2', 1)).status).toBe('unknown');
    expect((await look(unknown, '127.0.0.2', 2)).status).toBe('unknown');
    expect(await look(unknown, '127.0.0.2', 3)).toEqual({ status: 'limited', retryAfterSeconds: 120 });
    // While limited, the guesser's unknown tokens are refused, but a valid link is still served.
    expect(await look(unknown, '127.0.0.2', 60_003)).toEqual({ status: 'limited', retryAfterSeconds: 60 });
    expect((await look(token, '127.0.0.2', 60_003)).status).toBe('found');
    // Another client is unaffected; the limited one gets 404s again after the lock.
    expect((await look(unknown, '127.0.0.3', 60_000)).status).toBe('unknown');
    expect((await look(unknown, '127.0.0.2', 120_003)).status).toBe('unknown');
  });

  it('proxy.ts refuses a limited client its unknown tokens only', async () => {
    const { db, token } = await setup();
    for (let i = 0; i < 3; i++) await lookUpInvitation({ db, token: unknown, clientKey: '127.0.0.2', now: at(i), policy });
    expect(await isInvitationLookupLimited({ db, token: unknown, clientKey: '127.0.0.2', now: at(10) })).toEqual({
      retryAfterSeconds: 120,
    });
    expect(await isInvitationLookupLimited({ db, token, clientKey: '127.0.0.2', now: at(10) })).toBeUndefined();
    expect(await isInvitationLookupLimited({ db, token: unknown, clientKey: '127.0.0.3', now: at(10) })).toBeUndefined();
  });
});
