import { describe, expect, it } from 'vitest';
import { auditLog, libraries } from '@/db/schema';
import { openTestDb } from '@/tests/support/db';
import { libraryFormSchema } from './forms';
import { listLibraries } from './queries';
import { createLibrary, setLibraryActive, updateLibrary } from './register';

const actor = { userId: undefined, label: 'admin@test.nl' };
const input = (values: Partial<Record<'name' | 'province' | 'email' | 'sizeClass', string>>) =>
  libraryFormSchema.parse({ name: 'Bibliotheek Oost', province: 'Utrecht', email: 'oost@example.org', sizeClass: '', ...values });

describe('the library form', () => {
  it('checks a library with the same rules as the import, with messages for the field', () => {
    const result = libraryFormSchema.safeParse({
      name: 'Bibliotheek\u200bOost',
      province: 'Mars',
      email: 'geen-adres',
      sizeClass: 'reusachtig',
    });
    expect(result.success).toBe(false);
    const errors = result.error!.flatten().fieldErrors;
    expect(errors.name?.[0]).toMatch(/onzichtbaar teken.*U\+200B/);
    expect(errors.province?.[0]).toMatch(/Kies een provincie/);
    expect(errors.email?.[0]).toMatch(/geldig e-mailadres/);
    expect(errors.sizeClass?.[0]).toMatch(/grootteklasse/);
  });

  it('stores one spelling of the name and reads a size class, or none', () => {
    expect(input({ name: '  Bibliotheek   Su\u0301dwest ', province: 'utrecht', sizeClass: 'medium' })).toEqual({
      name: 'Bibliotheek S\u00fadwest',
      province: 'Utrecht',
      email: 'oost@example.org',
      sizeClass: 'medium',
    });
    expect(input({}).sizeClass).toBeNull();
  });
});

describe('the library register', () => {
  it('adds a library and records it', async () => {
    const db = await openTestDb();
    const result = await createLibrary({ db, input: input({ sizeClass: 'small' }), actor });
    expect(result).toMatchObject({ ok: true, library: { name: 'Bibliotheek Oost', sizeClass: 'small', deactivatedAt: null } });
    expect(db.select().from(auditLog).all()).toEqual([
      expect.objectContaining({
        action: 'library.created',
        actorLabel: 'admin@test.nl',
        target: `library:${result.ok && result.library.id}`,
      }),
    ]);
  });

  it('refuses a second library whose name differs only in case, spacing or Unicode form, and stores nothing', async () => {
    const db = await openTestDb();
    await createLibrary({ db, input: input({ name: 'Bibliotheek S\u00fadwest' }), actor });
    for (const name of ['BIBLIOTHEEK SÚDWEST', 'Bibliotheek  Su\u0301dwest']) {
      expect(await createLibrary({ db, input: input({ name }), actor })).toEqual({
        ok: false,
        reason: 'duplicate',
        name: 'Bibliotheek S\u00fadwest',
      });
    }
    expect(db.select().from(libraries).all()).toHaveLength(1);
    expect(db.select().from(auditLog).all()).toHaveLength(1);
  });

  it('edits a library, recording what changed; renaming onto another library is refused', async () => {
    const db = await openTestDb();
    const oost = await createLibrary({ db, input: input({}), actor });
    await createLibrary({ db, input: input({ name: 'Bibliotheek West', email: 'west@example.org' }), actor });
    if (!oost.ok) throw new Error('not created');
    const id = oost.library.id;

    expect(await updateLibrary({ db, id, input: input({ email: 'nieuw@example.org', sizeClass: 'large' }), actor })).toMatchObject({
      ok: true,
      library: { email: 'nieuw@example.org', sizeClass: 'large', updatedAt: expect.any(Date) },
    });
    const entry = db.select().from(auditLog).all().at(-1);
    expect(entry).toMatchObject({
      action: 'library.updated',
      target: `library:${id}`,
      details: { changes: { email: { from: 'oost@example.org', to: 'nieuw@example.org' }, sizeClass: { from: null, to: 'large' } } },
    });

    // Its own name in other capitals is fine; another library's name is not.
    expect(
      await updateLibrary({ db, id, input: input({ name: 'BIBLIOTHEEK OOST', email: 'nieuw@example.org', sizeClass: 'large' }), actor }),
    ).toMatchObject({ ok: true });
    expect(await updateLibrary({ db, id, input: input({ name: 'bibliotheek west' }), actor })).toEqual({
      ok: false,
      reason: 'duplicate',
      name: 'Bibliotheek West',
    });
    expect(await updateLibrary({ db, id: 999, input: input({}), actor })).toEqual({ ok: false, reason: 'unknown' });
  });

  it('does not record an edit that changes nothing', async () => {
    const db = await openTestDb();
    const oost = await createLibrary({ db, input: input({}), actor });
    if (!oost.ok) throw new Error('not created');
    expect(await updateLibrary({ db, id: oost.library.id, input: input({}), actor })).toMatchObject({ ok: true, changed: false });
    expect(db.select().from(auditLog).all()).toHaveLength(1);
  });

  it('deactivates and reactivates a library, recording each change once', async () => {
    const db = await openTestDb();
    const oost = await createLibrary({ db, input: input({}), actor });
    if (!oost.ok) throw new Error('not created');
    const id = oost.library.id;
    expect(await setLibraryActive({ db, id, active: false, actor })).toMatchObject({
      ok: true,
      library: { deactivatedAt: expect.any(Date) },
    });
    expect(await setLibraryActive({ db, id, active: false, actor })).toMatchObject({ ok: true });
    expect(listLibraries({ db, status: 'active' })).toEqual([]);
    expect(listLibraries({ db, status: 'inactive' }).map((l) => l.name)).toEqual(['Bibliotheek Oost']);
    expect(await setLibraryActive({ db, id, active: true, actor })).toMatchObject({ ok: true, library: { deactivatedAt: null } });
    expect(
      db
        .select()
        .from(auditLog)
        .all()
        .map((e) => e.action),
    ).toEqual(['library.created', 'library.deactivated', 'library.reactivated']);
    expect(await setLibraryActive({ db, id: 999, active: true, actor })).toEqual({ ok: false, reason: 'unknown' });
  });

  it('lists libraries by name, found by part of the name whatever its case or accents form, and by province', async () => {
    const db = await openTestDb();
    await createLibrary({ db, input: input({ name: 'Bibliotheek S\u00fadwest-Frysl\u00e2n', province: 'Friesland' }), actor });
    await createLibrary({ db, input: input({ name: 'Bibliotheek Oost', province: 'Utrecht' }), actor });
    await createLibrary({ db, input: input({ name: 'Bibliotheek Eemland', province: 'Utrecht' }), actor });
    expect(listLibraries({ db }).map((l) => l.name)).toEqual([
      'Bibliotheek Eemland',
      'Bibliotheek Oost',
      'Bibliotheek S\u00fadwest-Frysl\u00e2n',
    ]);
    expect(listLibraries({ db, search: 'su\u0301dwest' }).map((l) => l.name)).toEqual(['Bibliotheek S\u00fadwest-Frysl\u00e2n']);
    expect(listLibraries({ db, province: 'Utrecht', search: 'OOST' }).map((l) => l.name)).toEqual(['Bibliotheek Oost']);
  });
});
