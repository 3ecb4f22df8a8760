import { CLI_ACTOR } from '@/lib/audit/record';
import { describe, expect, it } from 'vitest';
import { createUser, setUserDisabled } from './users';
import { authenticateStaff } from './sign-in';
import { openTestDb } from '@/tests/support/db';

const MIN = 60_000;
const t0 = Date.UTC(2026, 0, 1);
const at = (ms: number) => new Date(t0 + ms);

async function dbWithUser() {
  const db = await openTestDb();
  const created = await createUser({
    db,
    email: 'Sanne@Example.nl',
    name: 'Sanne',
    role: 'coordinator',
    password: 'een-goed-wachtwoord',
    actor: CLI_ACTOR,
  });
  if (!created.ok) throw new Error('setup');
  return { db, user: created.user };
}

describe('staff sign-in', () => {
  it('signs in with the right password, e-mail case-insensitively', async () => {
    const { db, user } = await dbWithUser();
    const result = await authenticateStaff({
      db,
      credentials: { email: ' sanne@example.NL ', password: 'een-goed-wachtwoord' },
      clientKey: 'c',
      now: at(0),
    });
    expect(result).toEqual({ ok: true, user });
  });

  it('refuses a wrong password and an unknown address alike', async () => {
    const { db } = await dbWithUser();
    expect(
      await authenticateStaff({ db, credentials: { email: 'sanne@example.nl', password: 'fout' }, clientKey: 'c', now: at(0) }),
    ).toEqual({ ok: false, error: 'credentials' });
    expect(
      await authenticateStaff({ db, credentials: { email: 'niemand@example.nl', password: 'fout' }, clientKey: 'c', now: at(0) }),
    ).toEqual({ ok: false, error: 'credentials' });
  });

  it('refuses malformed input without touching the database', async () => {
    const { db } = await dbWithUser();
    expect(await authenticateStaff({ db, credentials: { email: 'geen-adres', password: '' }, clientKey: 'c', now: at(0) })).toEqual({
      ok: false,
      error: 'invalid',
    });
  });

  it('locks the account/client pair after 5 failures; the right password does not get in until the lock ends', async () => {
    const { db } = await dbWithUser();
    const attempt = (password: string, clientKey: string, now: Date) =>
      authenticateStaff({ db, credentials: { email: 'sanne@example.nl', password }, clientKey, now });
    for (let i = 0; i < 4; i++) expect(await attempt('fout', 'c', at(i * 1000))).toMatchObject({ error: 'credentials' });
    expect(await attempt('fout', 'c', at(5000))).toMatchObject({ ok: false, error: 'locked', retryAfterSeconds: 900 });
    expect(await attempt('een-goed-wachtwoord', 'c', at(6 * MIN))).toMatchObject({
      ok: false,
      error: 'locked',
      retryAfterSeconds: 9 * 60 + 5,
    });
    // Another client is not locked out by this one.
    expect(await attempt('een-goed-wachtwoord', 'other', at(6 * MIN))).toMatchObject({ ok: true });
    expect(await attempt('een-goed-wachtwoord', 'c', at(5000 + 15 * MIN))).toMatchObject({ ok: true });
  });

  it('a success clears the count of failures', async () => {
    const { db } = await dbWithUser();
    const attempt = (password: string, now: Date) =>
      authenticateStaff({ db, credentials: { email: 'sanne@example.nl', password }, clientKey: 'c', now });
    for (let i = 0; i < 4; i++) await attempt('fout', at(i));
    expect(await attempt('een-goed-wachtwoord', at(10))).toMatchObject({ ok: true });
    for (let i = 0; i < 4; i++) expect(await attempt('fout', at(20 + i))).toMatchObject({ error: 'credentials' });
  });

  it('keeps a disabled account out, even with the right password', async () => {
    const { db, user } = await dbWithUser();
    await setUserDisabled({ db, id: user.id, disabled: true, actor: CLI_ACTOR });
    expect(
      await authenticateStaff({
        db,
        credentials: { email: 'sanne@example.nl', password: 'een-goed-wachtwoord' },
        clientKey: 'c',
        now: at(0),
      }),
    ).toEqual({ ok: false, error: 'disabled' });
    expect(
      await authenticateStaff({ db, credentials: { email: 'sanne@example.nl', password: 'fout' }, clientKey: 'c', now: at(0) }),
    ).toEqual({ ok: false, error: 'credentials' });
  });
});
