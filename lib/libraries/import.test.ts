import { describe, expect, it } from 'vitest';
import { libraries } from '@/db/schema';
import { getEditionByCode } from '@/lib/editions/queries';
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

describe('importing libraries', () => {
  it('gives each library a working personal link and stores only its hash', () => {
    const db = createTestDb();
    const edition = getEditionByCode({ db, code: '2022-2023' })!;
    const { rows } = parseLibrariesCsv('name,province,email\nBibliotheek A,Utrecht,a@a.nl\nBibliotheek B,Limburg,b@b.nl\n');
    const result = importLibraries({ db, edition, rows });
    if (!result.ok) throw new Error('import refused');
    expect(result.invitations).toHaveLength(2);
    const [first] = result.invitations;
    expect(first.url).toMatch(new RegExp(`/r/${first.token}$`));
    expect(first.token.length).toBeGreaterThanOrEqual(22); // >= 128 bits in base64url
    expect(findInvitationByToken({ db, token: first.token })?.library.name).toBe('Bibliotheek A');
    const stored = db.$client.prepare('select token_hash from invitations').all() as { token_hash: string }[];
    expect(stored.map((r) => r.token_hash)).toContain(hashInvitationToken(first.token));
    expect(JSON.stringify(stored)).not.toContain(first.token);
  });

  it('imports nothing when a library already has a link, unless reissued', () => {
    const db = createTestDb();
    const edition = getEditionByCode({ db, code: '2022-2023' })!;
    const first = parseLibrariesCsv('name,province,email\nBibliotheek A,Utrecht,a@a.nl\n').rows;
    const old = importLibraries({ db, edition, rows: first });
    const again = parseLibrariesCsv('name,province,email\nBibliotheek C,Utrecht,c@c.nl\nBibliotheek A,Utrecht,a2@a.nl\n').rows;
    expect(importLibraries({ db, edition, rows: again })).toMatchObject({ ok: false, problems: [{ line: 3 }] });
    expect(db.select().from(libraries).all().map((l) => l.name)).toEqual(['Bibliotheek A']);

    const reissued = importLibraries({ db, edition, rows: again, reissue: true });
    expect(reissued.ok).toBe(true);
    if (!old.ok) throw new Error('first import refused');
    expect(findInvitationByToken({ db, token: old.invitations[0].token })).toBeUndefined();
  });
});

describe('importing many libraries', () => {
  it('imports a file larger than SQLite allows bound variables in one statement', () => {
    const db = createTestDb();
    const edition = getEditionByCode({ db, code: '2022-2023' })!;
    const lines = Array.from({ length: 33_000 }, (_, i) => `Bibliotheek ${i},Utrecht,b${i}@b.nl`);
    const { rows, problems } = parseLibrariesCsv(`name,province,email\n${lines.join('\n')}\n`);
    expect(problems).toEqual([]);
    const result = importLibraries({ db, edition, rows });
    expect(result.ok && result.invitations.length).toBe(33_000);
    // A second import of the same names finds them all (none is invited twice by accident).
    expect(importLibraries({ db, edition, rows: rows.slice(0, 3) })).toMatchObject({ ok: false, problems: [{ line: 2 }, { line: 3 }, { line: 4 }] });
  });

  it('recognises a known library whatever the case of its name', () => {
    const db = createTestDb();
    const edition = getEditionByCode({ db, code: '2022-2023' })!;
    importLibraries({ db, edition, rows: parseLibrariesCsv('name,province,email\nBibliotheek A,Utrecht,a@a.nl\n').rows });
    const again = parseLibrariesCsv('name,province,email\nBIBLIOTHEEK A,Utrecht,a@a.nl\n').rows;
    expect(importLibraries({ db, edition, rows: again })).toMatchObject({ ok: false, problems: [{ line: 2 }] });
    expect(db.select().from(libraries).all()).toHaveLength(1);
  });
});
