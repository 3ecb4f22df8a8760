import { CLI_ACTOR } from '@/lib/audit/record';
import { describe, expect, it } from 'vitest';
import { openTestDb } from '@/tests/support/db';
import { createUser, endSessions, findSessionUser, setUserDisabled } from './users';

describe('session validity', () => {
  it('refuses tokens issued before the user signed out, and accepts later ones', async () => {
    const db = await openTestDb();
    const created = await createUser({
      db,
      email: 'a@b.nl',
      name: 'A',
      role: 'coordinator',
      password: 'een-lang-wachtwoord',
      actor: CLI_ACTOR,
    });
    if (!created.ok) throw new Error('user not created');
    const id = created.user.id;
    const signIn = 1_800_000_000_000;
    expect((await findSessionUser({ db, id, issuedAt: signIn }))?.email).toBe('a@b.nl');

    await endSessions({ db, id, now: new Date(signIn + 1) });
    expect(await findSessionUser({ db, id, issuedAt: signIn })).toBeUndefined();
    expect((await findSessionUser({ db, id, issuedAt: signIn + 2 }))?.email).toBe('a@b.nl');
  });

  it('refuses tokens issued before the account was disabled, also once it is enabled again', async () => {
    const db = await openTestDb();
    const created = await createUser({
      db,
      email: 'a@b.nl',
      name: 'A',
      role: 'coordinator',
      password: 'een-lang-wachtwoord',
      actor: CLI_ACTOR,
    });
    if (!created.ok) throw new Error('user not created');
    const id = created.user.id;
    const signIn = 1_800_000_000_000;

    await setUserDisabled({ db, id, disabled: true, actor: CLI_ACTOR, now: new Date(signIn + 1_000) });
    expect(await findSessionUser({ db, id, issuedAt: signIn })).toBeUndefined();
    await setUserDisabled({ db, id, disabled: false, actor: CLI_ACTOR, now: new Date(signIn + 2_000) });
    expect(await findSessionUser({ db, id, issuedAt: signIn })).toBeUndefined();
    // Signing in again after the account is enabled works.
    expect((await findSessionUser({ db, id, issuedAt: signIn + 3_000 }))?.email).toBe('a@b.nl');
  });
});
