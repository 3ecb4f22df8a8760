import { describe, expect, it } from 'vitest';
import { isNotNull } from 'drizzle-orm';
import { auditLog, invitations, libraries } from '@/db/schema';
import { CLI_ACTOR } from '@/lib/audit/record';
import { getEditionByCode } from '@/lib/editions/queries';
import { importLibrariesAndInvite } from '@/lib/invitations/import';
import { showInvitationLink } from '@/lib/invitations/links';
import { hashInvitationToken } from '@/lib/invitations/token';
import { findInvitationByToken } from '@/lib/responses/queries';
import { createTestDb } from '@/tests/support/db';
import { importLibraries, parseLibrariesCsv } from './import';

describe('parsing the libraries CSV', () => {
  it('reads comma and semicolon files, with a BOM and quoted names', () => {
    const comma = parseLibrariesCsv('\uFEFFname,province,email\n"Bibliotheek Aa, en Hunze",drenthe,aa@hunze.nl\n');
    const semicolon = parseLibrariesCsv('name;province;email\r\nBibliotheek Aa, en Hunze;Drenthe;aa@hunze.nl\r\n');
    for (const parsed of [comma, semicolon]) {
      expect(parsed.problems).toEqual([]);
      expect(parsed.rows).toEqual([{ name: 'Bibliotheek Aa, en Hunze', province: 'Drenthe', email: 'aa@hunze.nl', line: 2 }]);
    }
  });

  it('reports each bad row with its line number', () => {
    const { problems } = parseLibrariesCsv(
      'name,province,email\nBibliotheek A,Utrecht,a@a.nl\n\nBibliotheek B,Mars,b@b.nl\n,Utrecht,geen-adres\nbibliotheek a,Utrecht,c@c.nl\n',
    );
    expect(problems.map((p) => p.line)).toEqual([4, 5, 6]);
    expect(problems[0].message).toMatch(/provincie/);
    expect(problems[1].message).toMatch(/naam ontbreekt; e-mailadres is ongeldig/);
    expect(problems[2].message).toMatch(/ook op regel 2/);
  });

  it('refuses a file that is not UTF-8, naming the first line with a bad byte, instead of storing garbled names', () => {
    // "Bibliotheek Súdwest-Fryslân" as Excel saves it in Windows-1252: ú = 0xFA, â = 0xE2.
    const latin1 = Buffer.concat([
      Buffer.from('name,province,email\nBibliotheek A,Utrecht,a@a.nl\nBibliotheek S', 'utf8'),
      Buffer.from([0xfa]),
      Buffer.from('dwest-Frysl', 'utf8'),
      Buffer.from([0xe2]),
      Buffer.from('n,Friesland,s@s.nl\n', 'utf8'),
    ]);
    const parsed = parseLibrariesCsv(latin1);
    expect(parsed.rows).toEqual([]);
    expect(parsed.problems).toEqual([{ line: 3, message: expect.stringMatching(/geen UTF-8/) }]);
  });

  it('reads UTF-8 bytes, with or without a BOM', () => {
    const text = 'name;province;email\nBibliotheek Súdwest-Fryslân;Friesland;s@s.nl\n';
    for (const bytes of [Buffer.from(text, 'utf8'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])]) {
      const parsed = parseLibrariesCsv(bytes);
      expect(parsed.problems).toEqual([]);
      expect(parsed.rows.map((r) => r.name)).toEqual(['Bibliotheek Súdwest-Fryslân']);
    }
  });

  it('reports a row with too few or too many fields together with the other bad rows, each on its own line', () => {
    const { rows, problems } = parseLibrariesCsv(
      'name,province,email\nBibliotheek A,Utrecht,a@a.nl\nBibliotheek B,Utrecht\nBibliotheek C,Utrecht,c@c.nl,extra\n,Utrecht,d@d.nl\n',
    );
    expect(problems.map((p) => p.line)).toEqual([3, 4, 5]);
    expect(problems[0].message).toMatch(/2 velden in plaats van 3/);
    expect(problems[1].message).toMatch(/4 velden in plaats van 3/);
    expect(rows.map((r) => r.name)).toEqual(['Bibliotheek A']);
  });

  it('names a missing column', () => {
    expect(parseLibrariesCsv('naam,provincie,email\nX,Utrecht,x@x.nl\n').problems).toEqual([
      { line: 1, message: 'kolom ontbreekt in de kopregel: name, province' },
    ]);
  });
});

describe('names that would look like another library', () => {
  const invisible: [string, string, string][] = [
    ['a zero-width space', 'Bibliotheek\u200bWest', 'U+200B'],
    ['a zero-width joiner', 'Bibliotheek\u200dWest', 'U+200D'],
    ['a word joiner', 'Bibliotheek\u2060West', 'U+2060'],
    ['a byte order mark inside the name', 'Bibliotheek\ufeffWest', 'U+FEFF'],
    ['a soft hyphen', 'Biblio\u00adtheek West', 'U+00AD'],
    ['a right-to-left override', 'Bibliotheek \u202etseW', 'U+202E'],
    ['a left-to-right embedding', 'Bibliotheek \u202aWest', 'U+202A'],
    ['a first-strong isolate', 'Bibliotheek \u2068West\u2069', 'U+2068'],
    ['a left-to-right mark', 'Bibliotheek\u200e West', 'U+200E'],
    ['an Arabic letter mark', '\u061cBibliotheek West', 'U+061C'],
    ['a tab', 'Bibliotheek\tWest', 'U+0009'],
    ['a bell (C0 control)', 'Bibliotheek\u0007West', 'U+0007'],
    ['a next-line (C1 control)', 'Bibliotheek\u0085West', 'U+0085'],
    ['a delete', 'Bibliotheek\u007fWest', 'U+007F'],
  ];

  it.each(invisible)('refuses a name with %s, naming the line and the character', (_, name, codePoint) => {
    const { problems } = parseLibrariesCsv(`name,province,email\nBibliotheek Oost,Utrecht,o@o.nl\n"${name}",Utrecht,w@w.nl\n`);
    expect(problems).toEqual([
      { line: 3, message: expect.stringContaining(`naam bevat een onzichtbaar teken of stuurteken (${codePoint})`) },
    ]);
  });

  it('refuses invisible characters in the province and e-mail address as well', () => {
    const { problems } = parseLibrariesCsv('name,province,email\nBibliotheek A,Utrecht\u200b,a@a.nl\nBibliotheek B,Utrecht,b\u202e@b.nl\n');
    expect(problems).toEqual([
      { line: 2, message: expect.stringContaining('provincie bevat een onzichtbaar teken of stuurteken (U+200B)') },
      { line: 3, message: expect.stringContaining('e-mailadres bevat een onzichtbaar teken of stuurteken (U+202E)') },
    ]);
  });

  it('stores names in one Unicode form with single spaces, so look-alike spellings count as the same library', () => {
    const nfc = 'Bibliotheek S\u00fadwest-Frysl\u00e2n';
    const nfd = 'Bibliotheek Su\u0301dwest-Frysla\u0302n';
    const { rows, problems } = parseLibrariesCsv(
      `name,province,email\n${nfd},Friesland,s@s.nl\n${nfc},Friesland,s2@s.nl\n"Bibliotheek   Oost",Utrecht,o@o.nl\nBibliotheek\u00a0Oost,Utrecht,o2@o.nl\n`,
    );
    expect(rows.map((r) => r.name)).toEqual([nfc, 'Bibliotheek Oost']);
    expect(problems).toEqual([
      { line: 3, message: `'${nfc}' staat ook op regel 2` },
      { line: 5, message: "'Bibliotheek Oost' staat ook op regel 4" },
    ]);
  });
});

describe('importing libraries', () => {
  it('clears the bouncing mark of a library whose address the import changes, and keeps it when the address stays', async () => {
    const db = await createTestDb();
    await importLibraries({
      db,
      rows: parseLibrariesCsv('name,province,email\nBibliotheek A,Utrecht,a@a.nl\nBibliotheek B,Utrecht,b@b.nl\n').rows,
      actor: CLI_ACTOR,
    });
    db.update(libraries).set({ emailBouncingAt: new Date() }).where(isNotNull(libraries.email)).run();
    const changed = parseLibrariesCsv('name,province,email\nBibliotheek A,Utrecht,a-nieuw@a.nl\nBibliotheek B,Utrecht,b@b.nl\n').rows;
    expect(await importLibraries({ db, rows: changed, actor: CLI_ACTOR })).toMatchObject({ ok: true, updated: 2 });
    const bouncing = Object.fromEntries(
      db
        .select()
        .from(libraries)
        .all()
        .map((l) => [l.name, l.emailBouncingAt !== null]),
    );
    expect(bouncing).toEqual({ 'Bibliotheek A': false, 'Bibliotheek B': true });
  });

  it('gives each library a working personal link, found by its hash; the token itself is kept only encrypted', async () => {
    const db = await createTestDb();
    const edition = getEditionByCode({ db, code: '2022-2023' })!;
    const { rows } = parseLibrariesCsv('name,province,email\nBibliotheek A,Utrecht,a@a.nl\nBibliotheek B,Limburg,b@b.nl\n');
    const result = await importLibrariesAndInvite({ db, edition, rows, actor: CLI_ACTOR });
    if (!result.ok) throw new Error('import refused');
    expect(result.invitations).toHaveLength(2);
    const [first] = result.invitations;
    expect(first.url).toMatch(new RegExp(`/r/${first.token}$`));
    expect(first.token.length).toBeGreaterThanOrEqual(22); // >= 128 bits in base64url
    expect(findInvitationByToken({ db, token: first.token })?.library.name).toBe('Bibliotheek A');
    const stored = db.$client.prepare('select * from invitations').all() as { token_hash: string }[];
    expect(stored.map((r) => r.token_hash)).toContain(hashInvitationToken(first.token));
    expect(JSON.stringify(stored)).not.toContain(first.token);
  });

  it('imports nothing when a library already has a link, unless reissued', async () => {
    const db = await createTestDb();
    const edition = getEditionByCode({ db, code: '2022-2023' })!;
    const first = parseLibrariesCsv('name,province,email\nBibliotheek A,Utrecht,a@a.nl\n').rows;
    const old = await importLibrariesAndInvite({ db, edition, rows: first, actor: CLI_ACTOR });
    const again = parseLibrariesCsv('name,province,email\nBibliotheek C,Utrecht,c@c.nl\nBibliotheek A,Utrecht,a2@a.nl\n').rows;
    expect(await importLibrariesAndInvite({ db, edition, rows: again, actor: CLI_ACTOR })).toMatchObject({
      ok: false,
      problems: [{ line: 3 }],
    });
    expect(
      db
        .select()
        .from(libraries)
        .all()
        .map((l) => l.name),
    ).toEqual(['Bibliotheek A']);

    const reissued = await importLibrariesAndInvite({ db, edition, rows: again, reissue: true, actor: CLI_ACTOR });
    expect(reissued.ok).toBe(true);
    if (!old.ok) throw new Error('first import refused');
    expect(findInvitationByToken({ db, token: old.invitations[0].token })).toBeUndefined();
  });
});

describe('importing many libraries', () => {
  it("binds as many variables per statement for a large file as for a small one, so no file size reaches SQLite's limit", async () => {
    // SQLite refuses a statement with more than 32,766 bound variables ("too
    // many SQL variables"). Rather than import that many libraries (slow, and
    // measured in `npm run bench -- libraries-import`), this checks that no
    // statement's variables grow with the number of rows: an IN (...) over the
    // file's names or one multi-row insert would.
    const mostVariables = async (count: number) => {
      const db = await createTestDb();
      const edition = getEditionByCode({ db, code: '2022-2023' })!;
      const lines = Array.from({ length: count }, (_, i) => `Bibliotheek ${i},Utrecht,b${i}@b.nl`);
      const { rows, problems } = parseLibrariesCsv(`name,province,email\n${lines.join('\n')}\n`);
      expect(problems).toEqual([]);
      let most = 0;
      const prepare = db.$client.prepare.bind(db.$client);
      db.$client.prepare = ((source: string) => {
        most = Math.max(most, source.split('?').length - 1);
        return prepare(source);
      }) as typeof db.$client.prepare;
      const result = await importLibrariesAndInvite({ db, edition, rows, actor: CLI_ACTOR });
      expect(result.ok && result.invitations.length).toBe(count);
      // A second import of the same names finds them all (none is invited twice by accident).
      expect(await importLibrariesAndInvite({ db, edition, rows: rows.slice(0, 3), actor: CLI_ACTOR })).toMatchObject({
        ok: false,
        problems: [{ line: 2 }, { line: 3 }, { line: 4 }],
      });
      return most;
    };
    const small = await mostVariables(3);
    expect(small).toBeGreaterThan(0);
    expect(await mostVariables(200)).toBe(small);
  });

  it('recognises a known library whatever the Unicode form or spacing of its name', async () => {
    const db = await createTestDb();
    const edition = getEditionByCode({ db, code: '2022-2023' })!;
    db.insert(libraries).values({ name: 'Bibliotheek S\u00fadwest', province: 'Friesland', email: 's@s.nl' }).run();
    db.insert(libraries).values({ name: 'Bibliotheek  Oost', province: 'Utrecht', email: 'o@o.nl' }).run();
    const again = parseLibrariesCsv(
      'name,province,email\nBibliotheek Su\u0301dwest,Friesland,s@s.nl\nBibliotheek Oost,Utrecht,o@o.nl\n',
    ).rows;
    const result = await importLibrariesAndInvite({ db, edition, rows: again, actor: CLI_ACTOR });
    expect(result.ok && result.invitations.map((i) => i.created)).toEqual([false, false]);
    expect(db.select().from(libraries).all()).toHaveLength(2);
  });

  it('recognises a known library whatever the case of its name', async () => {
    const db = await createTestDb();
    const edition = getEditionByCode({ db, code: '2022-2023' })!;
    await importLibrariesAndInvite({
      db,
      edition,
      rows: parseLibrariesCsv('name,province,email\nBibliotheek A,Utrecht,a@a.nl\n').rows,
      actor: CLI_ACTOR,
    });
    const again = parseLibrariesCsv('name,province,email\nBIBLIOTHEEK A,Utrecht,a@a.nl\n').rows;
    expect(await importLibrariesAndInvite({ db, edition, rows: again, actor: CLI_ACTOR })).toMatchObject({
      ok: false,
      problems: [{ line: 2 }],
    });
    expect(db.select().from(libraries).all()).toHaveLength(1);
  });
});

describe('importing into the register', () => {
  const actor = { label: 'admin@test.nl' };

  it('adds and updates libraries without inviting them when no edition is given, and records the import', async () => {
    const db = await createTestDb();
    db.insert(libraries).values({ name: 'Bibliotheek A', province: 'Utrecht', email: 'oud@a.nl' }).run();
    const { rows } = parseLibrariesCsv('name,province,email\nBibliotheek A,Utrecht,nieuw@a.nl\nBibliotheek B,Limburg,b@b.nl\n');
    const result = await importLibraries({ db, rows, actor });
    expect(result).toEqual({ ok: true, created: 1, updated: 1 });
    expect(db.select({ name: libraries.name, email: libraries.email }).from(libraries).all()).toEqual([
      { name: 'Bibliotheek A', email: 'nieuw@a.nl' },
      { name: 'Bibliotheek B', email: 'b@b.nl' },
    ]);
    expect(db.select().from(invitations).all()).toEqual([]);
    expect(db.select().from(auditLog).all()).toEqual([
      expect.objectContaining({
        action: 'libraries.imported',
        actorLabel: 'admin@test.nl',
        details: { created: 1, updated: 1, edition: null },
      }),
    ]);
  });

  it('records the invitations an import for an edition makes, and the links can be shown again', async () => {
    const db = await createTestDb();
    const edition = getEditionByCode({ db, code: '2022-2023' })!;
    const { rows } = parseLibrariesCsv('name,province,email\nBibliotheek A,Utrecht,a@a.nl\n');
    const result = await importLibrariesAndInvite({ db, edition, rows, actor });
    if (!result.ok) throw new Error('refused');
    expect(
      db
        .select()
        .from(auditLog)
        .all()
        .map((e) => [e.action, e.target]),
    ).toEqual([
      ['libraries.imported', 'edition:2022-2023'],
      ['invitations.created', 'edition:2022-2023'],
    ]);
    const invitationId = db.select().from(invitations).get()!.id;
    expect(await showInvitationLink({ db, invitationId, actor })).toMatchObject({ ok: true, url: result.invitations[0].url });
  });

  it('reads an optional size_class column by Dutch label or code; an empty cell clears it, a file without the column keeps it', async () => {
    const db = await createTestDb();
    const read = async (csv: string) => {
      const parsed = parseLibrariesCsv(csv);
      expect(parsed.problems).toEqual([]);
      expect((await importLibraries({ db, rows: parsed.rows, actor })).ok).toBe(true);
      return db.select({ name: libraries.name, sizeClass: libraries.sizeClass }).from(libraries).all();
    };
    expect(
      await read(
        'name;province;email;size_class\nBibliotheek A;Utrecht;a@a.nl;Klein\nBibliotheek B;Utrecht;b@b.nl;large\nBibliotheek C;Utrecht;c@c.nl;\n',
      ),
    ).toEqual([
      { name: 'Bibliotheek A', sizeClass: 'small' },
      { name: 'Bibliotheek B', sizeClass: 'large' },
      { name: 'Bibliotheek C', sizeClass: null },
    ]);
    expect(await read('name;province;email\nBibliotheek A;Utrecht;a2@a.nl\n')).toContainEqual({
      name: 'Bibliotheek A',
      sizeClass: 'small',
    });
    expect(await read('name;province;email;size_class\nBibliotheek A;Utrecht;a2@a.nl;\n')).toContainEqual({
      name: 'Bibliotheek A',
      sizeClass: null,
    });
    expect(parseLibrariesCsv('name,province,email,size_class\nBibliotheek A,Utrecht,a@a.nl,reusachtig\n').problems).toEqual([
      { line: 2, message: 'grootteklasse moet een van klein, middelgroot, groot zijn, of leeg' },
    ]);
  });

  it('refuses to invite a deactivated library named in the file, and imports nothing', async () => {
    const db = await createTestDb();
    const edition = getEditionByCode({ db, code: '2022-2023' })!;
    db.insert(libraries).values({ name: 'Bibliotheek Weg', province: 'Utrecht', email: 'w@w.nl', deactivatedAt: new Date() }).run();
    const { rows } = parseLibrariesCsv('name,province,email\nBibliotheek Nieuw,Utrecht,n@n.nl\nBibliotheek Weg,Utrecht,w@w.nl\n');
    expect(await importLibrariesAndInvite({ db, edition, rows, actor })).toEqual({
      ok: false,
      problems: [
        { line: 3, message: "'Bibliotheek Weg' is gedeactiveerd; activeer de bibliotheek eerst in het register om haar uit te nodigen" },
      ],
    });
    expect(db.select().from(libraries).all()).toHaveLength(1);
    expect(db.select().from(auditLog).all()).toEqual([]);
  });
});
