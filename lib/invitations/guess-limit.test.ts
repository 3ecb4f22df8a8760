import { describe, expect, it } from 'vitest';
import { editions, libraries } from '@/db/schema';
import { openTestDb } from '@/tests/support/db';
import type { RateLimitPolicy } from '@/lib/auth/rate-limit';
import { loadBundledDefinitions } from '@/lib/questionnaire/files';
import { createInvitation } from './create';
import { lookUpInvitation } from './guess-limit';

const policy: RateLimitPolicy = { maxFailures: 3, windowMs: 60_000, lockMs: 120_000 };
const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms);
const unknown = 'A'.repeat(43);

function setup() {
  const db = openTestDb();
  const definition = loadBundledDefinitions().at(-1)!;
  const edition = db.insert(editions).values({ code: definition.edition, title: definition.title, status: 'open', definition }).returning().get();
  const library = db.insert(libraries).values({ name: 'Bibliotheek Test', province: 'Utrecht', email: 'a@b.nl' }).returning().get();
  const { token } = createInvitation({ db, editionId: edition.id, libraryId: library.id });
  return { db, token };
}

const from = (ip: string) => new Headers({ 'x-forwarded-for': `${ip}, 10.0.0.1` });

describe('unknown invitation tokens', () => {
  it('finds a valid token and counts unknown ones until the client is limited', () => {
    process.env.TRUST_PROXY = '1';
    const { db, token } = setup();
    const look = (t: string, ip: string, ms: number) => lookUpInvitation({ db, token: t, headers: from(ip), now: at(ms), policy });
    expect(look(token, '192.0.2.1', 0).status).toBe('found');
    expect(look(unknown, '192.0.2.1', 1).status).toBe('unknown');
    expect(look(unknown, '192.0.2.1', 2).status).toBe('unknown');
    expect(look(unknown, '192.0.2.1', 3)).toEqual({ status: 'limited', retryAfterSeconds: 120 });
    // While limited, even a valid token is refused: otherwise 429-vs-200 would still tell which guess was right.
    expect(look(token, '192.0.2.1', 60_003)).toEqual({ status: 'limited', retryAfterSeconds: 60 });
    // Another client is unaffected; the limited one is served again after the lock.
    expect(look(token, '192.0.2.2', 60_000).status).toBe('found');
    expect(look(token, '192.0.2.1', 120_003).status).toBe('found');
  });

  it('without TRUST_PROXY, a forged X-Forwarded-For does not buy fresh attempts', () => {
    delete process.env.TRUST_PROXY;
    const { db, token } = setup();
    for (let i = 0; i < 3; i++) lookUpInvitation({ db, token: unknown, headers: from(`198.51.100.${i}`), now: at(i), policy });
    expect(lookUpInvitation({ db, token, headers: from('198.51.100.99'), now: at(10), policy }).status).toBe('limited');
  });
});
