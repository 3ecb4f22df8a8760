import { eq } from 'drizzle-orm';
import type { MultipleChoiceQuestion } from '@/lib/questionnaire/types/multiple/type';
import { describe, expect, it } from 'vitest';
import { auditLog } from '@/db/schema';
import { CLI_ACTOR } from '@/lib/audit/record';
import type { Definition } from '@/lib/questionnaire/definition';
import { createTestDb } from '@/tests/support/db';
import { createEditionFrom } from './create-from';
import { openEdition } from './lifecycle';
import { getEditionByCode } from './queries';
import { updateEditionDefinition } from './update-definition';

const now = new Date('2030-03-01T12:00:00Z');

async function setUp({ open }: { open: boolean }) {
  const db = await createTestDb();
  const created = await createEditionFrom({ db, code: '2023-2024', from: '2022-2023', actor: CLI_ACTOR, now });
  if (!created.ok) throw new Error(created.message);
  if (open) await openEdition({ db, code: '2023-2024', actor: CLI_ACTOR, now, closesAt: new Date(now.getTime() + 86_400_000) });
  const current = () => getEditionByCode({ db, code: '2023-2024' })!;
  const edited = (edit: (def: Definition & Record<string, unknown>) => void) => {
    const def = structuredClone(current().definition) as Definition & Record<string, unknown>;
    edit(def);
    return def;
  };
  const update = (definition: unknown) =>
    updateEditionDefinition({ db, code: '2023-2024', definition, actor: { label: 'beheerder@test.nl' }, now });
  const entries = () => db.select().from(auditLog).where(eq(auditLog.action, 'edition.definition_changed')).all();
  return { db, current, edited, update, entries };
}

/** The bundled questionnaire's TEVREDEN, a multiple choice. */
const tevreden = (def: Definition) => def.pages[1].questions[0] as MultipleChoiceQuestion;

const addOption = (def: Definition) => {
  tevreden(def).options.splice(9, 0, { code: 'DIGITAAL', label: 'Digitaal aanbod' });
};

describe('changing the definition of an edition', () => {
  it('takes any valid change to a concept, and records the difference', async () => {
    const s = await setUp({ open: false });
    const result = await s.update(
      s.edited((def) => {
        addOption(def);
        def.title = 'Samenwerking VO 2023-2024';
      }),
    );
    expect(result).toMatchObject({ ok: true });
    expect(s.current().title).toBe('Samenwerking VO 2023-2024');
    expect(s.entries()).toHaveLength(1);
    expect(s.entries()[0].details).toMatchObject({
      structureChanged: true,
      changes: expect.arrayContaining([
        { path: 'title', from: 'Samenwerking met het voortgezet onderwijs 2023-2024', to: 'Samenwerking VO 2023-2024' },
        expect.objectContaining({ path: 'pages.1.questions.0.options', to: expect.arrayContaining(['DIGITAAL']) }),
      ]),
    });
  });

  it('refuses an invalid definition with Dutch problems at the fields, and stores nothing', async () => {
    const s = await setUp({ open: false });
    const before = s.current().definition;
    const result = await s.update(
      s.edited((def) => {
        tevreden(def).maxChoices = 40;
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      reason: 'invalid',
      message: 'De vragenlijst is niet opgeslagen: er is 1 probleem.',
      errors: [{ path: 'pages.1.questions.0.maxChoices', message: 'Maximaal 40 keuzes kan niet: de vraag heeft maar 10 antwoordopties.' }],
    });
    expect(s.current().definition).toEqual(before);
    expect(s.entries()).toHaveLength(0);
  });

  it('refuses a definition of another edition', async () => {
    const s = await setUp({ open: false });
    expect(await s.update(s.edited((def) => (def.edition = '2022-2023')))).toMatchObject({
      ok: false,
      reason: 'invalid',
      errors: [{ path: 'edition' }],
    });
    expect(await s.update(s.edited((def) => (def.previousEdition = '2021-2022')))).toMatchObject({
      ok: false,
      reason: 'invalid',
      errors: [{ path: 'previousEdition' }],
    });
  });

  it('locks the structure of an open edition: an added option is refused with the reason at the field', async () => {
    const s = await setUp({ open: true });
    const before = s.current().definition;
    const result = await s.update(s.edited(addOption));
    expect(result).toMatchObject({
      ok: false,
      reason: 'locked',
      errors: [
        {
          path: 'pages.1.questions.0.options',
          message: expect.stringMatching(/^Ligt vast sinds de editie geopend is: de antwoordopties \(was .*, nu .*DIGITAAL.*\)\./),
        },
      ],
    });
    expect(s.current().definition).toEqual(before);
    expect(s.entries()).toHaveLength(0);
  });

  it('accepts a wording correction to an open edition and records it', async () => {
    const s = await setUp({ open: true });
    const result = await s.update(
      s.edited((def) => {
        tevreden(def).options[1].label = 'Deskundigheid binnen de bibliotheek';
      }),
    );
    expect(result).toMatchObject({
      ok: true,
      changes: [
        { path: 'pages.1.questions.0.options.1.label', from: 'Expertise binnen de bibliotheek', to: 'Deskundigheid binnen de bibliotheek' },
      ],
    });
    expect(s.entries().map((e) => [e.actorLabel, e.target, e.details])).toEqual([
      [
        'beheerder@test.nl',
        'edition:2023-2024',
        {
          structureChanged: false,
          changes: [
            {
              path: 'pages.1.questions.0.options.1.label',
              from: 'Expertise binnen de bibliotheek',
              to: 'Deskundigheid binnen de bibliotheek',
            },
          ],
        },
      ],
    ]);
  });

  it('records nothing when nothing changed', async () => {
    const s = await setUp({ open: true });
    expect(await s.update(s.current().definition)).toMatchObject({ ok: true, changes: [] });
    expect(s.entries()).toHaveLength(0);
  });
});

describe('saving from the version an editor started from', () => {
  const save = (s: Awaited<ReturnType<typeof setUp>>, definition: unknown, expectedVersion: string) =>
    updateEditionDefinition({ db: s.db, code: '2023-2024', definition, expectedVersion, actor: { label: 'beheerder@test.nl' }, now });

  it('refuses the second of two saves from the same version as stale, and stores nothing of it', async () => {
    const s = await setUp({ open: false });
    const startedFrom = s.current().definitionVersion;
    const first = await save(
      s,
      s.edited((def) => (def.title = 'Eerste titel')),
      startedFrom,
    );
    expect(first).toMatchObject({ ok: true });
    const afterFirst = s.current();

    const second = await save(
      s,
      s.edited((def) => {
        def.title = 'Tweede titel';
        addOption(def);
      }),
      startedFrom,
    );
    expect(second).toEqual({
      ok: false,
      reason: 'stale',
      message: expect.stringMatching(/^Iemand anders heeft de vragenlijst intussen gewijzigd/),
      errors: [],
    });
    expect(s.current().definition).toEqual(afterFirst.definition);
    expect(s.current().definitionVersion).toBe(afterFirst.definitionVersion);
    expect(s.entries()).toHaveLength(1);
  });

  it('gives the definition a new version on every save, which the next save starts from', async () => {
    const s = await setUp({ open: false });
    const versions = [s.current().definitionVersion];
    for (const title of ['Een', 'Twee', 'Drie']) {
      const result = await save(
        s,
        s.edited((def) => (def.title = title)),
        versions.at(-1)!,
      );
      if (!result.ok) throw new Error(result.message);
      expect(result.edition.definitionVersion).toBe(s.current().definitionVersion);
      versions.push(result.edition.definitionVersion);
    }
    expect(versions.every((v) => /^[0-9a-f]{64}$/.test(v))).toBe(true);
    expect(new Set(versions).size).toBe(4);
    expect(s.entries()).toHaveLength(3);
  });

  it('still takes a save without a version (scripts)', async () => {
    const s = await setUp({ open: false });
    await save(
      s,
      s.edited((def) => (def.title = 'Eerste titel')),
      s.current().definitionVersion,
    );
    expect(await s.update(s.edited((def) => (def.title = 'Zonder versie')))).toMatchObject({ ok: true });
  });
});
