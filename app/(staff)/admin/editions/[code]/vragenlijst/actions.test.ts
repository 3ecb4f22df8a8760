import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { auditLog } from '@/db/schema';
import { CLI_ACTOR } from '@/lib/audit/record';
import { createUser } from '@/lib/auth/users';
import { createEditionFrom } from '@/lib/editions/create-from';
import { openEdition } from '@/lib/editions/lifecycle';
import { getEditionByCode } from '@/lib/editions/queries';
import type { Definition } from '@/lib/questionnaire/definition';
import { createTestDb } from '@/tests/support/db';
import { signedIn, submitAs } from '@/tests/support/staff-action';
import { MAX_DEFINITION_CHARS } from './model/limits';

const state = vi.hoisted(() => ({ db: null as unknown }));
vi.mock('@/db/client', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/db/client')>()), getDb: () => state.db }));
vi.mock('@/lib/auth/session', async () => {
  const { signedIn: current } = await import('@/tests/support/staff-action');
  return { getSessionUser: async () => current.user };
});
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
vi.mock('next-intl/server', () => ({ getTranslations: async () => (key: string) => key }));

const { saveDefinitionAction } = await import('./actions');

const CODE = '2023-2024';

function db() {
  return state.db as Awaited<ReturnType<typeof createTestDb>>;
}

async function staff(role: 'admin' | 'coordinator') {
  const created = await createUser({
    db: db(),
    email: `${role}@example.nl`,
    role,
    password: 'een-lang-genoeg-wachtwoord',
    actor: CLI_ACTOR,
  });
  if (!created.ok) throw new Error('setup');
  return created.user;
}

function current(): Definition {
  return getEditionByCode({ db: db(), code: CODE })!.definition;
}

function version(): string {
  return getEditionByCode({ db: db(), code: CODE })!.definitionVersion;
}

function edited(edit: (definition: Definition) => void): string {
  const definition = structuredClone(current());
  edit(definition);
  return JSON.stringify(definition);
}

const changeWording = (d: Definition) => {
  d.pages[1].questions[0].text = 'Wat ging goed?';
};

beforeEach(async () => {
  state.db = await createTestDb();
  signedIn.user = null;
  const created = await createEditionFrom({ db: db(), code: CODE, from: '2022-2023', actor: CLI_ACTOR });
  if (!created.ok) throw new Error(created.message);
});

describe('saving from the questionnaire editor', () => {
  it('stores the definition as the signed-in admin and lists the changes in words', async () => {
    const admin = await staff('admin');
    const result = await submitAs(admin, saveDefinitionAction, { code: CODE, version: version(), definition: edited(changeWording) });
    expect(result).toEqual({
      ok: true,
      version: version(),
      changes: [
        {
          path: 'pages.1.questions.0.text',
          where: 'Pagina SUCCESSEN_KNELPUNTEN › vraag TEVREDEN: de vraagtekst',
          from: expect.stringContaining('Wat ging in schooljaar 2023-2024 goed'),
          to: 'Wat ging goed?',
        },
      ],
    });
    expect(current().pages[1].questions[0].text).toBe('Wat ging goed?');
    const entries = db().select().from(auditLog).where(eq(auditLog.action, 'edition.definition_changed')).all();
    expect(entries.map((e) => [e.actorLabel, e.target])).toEqual([['admin@example.nl', `edition:${CODE}`]]);
  });

  it('answers problems with the path of their field, and stores nothing', async () => {
    const admin = await staff('admin');
    const before = current();
    const result = await submitAs(admin, saveDefinitionAction, {
      code: CODE,
      version: version(),
      definition: edited((d) => {
        Object.assign(d.pages[1].questions[0], { maxChoices: 12 });
      }),
    });
    expect(result).toMatchObject({
      ok: false,
      problems: [
        {
          path: 'pages.1.questions.0.maxChoices',
          where: 'Pagina SUCCESSEN_KNELPUNTEN › vraag TEVREDEN: het maximum aantal keuzes',
          message: 'Maximaal 12 keuzes kan niet: de vraag heeft maar 10 antwoordopties.',
        },
      ],
    });
    expect(current()).toEqual(before);
  });

  it('refuses a structure change to an open edition at its field, and takes a wording correction', async () => {
    const admin = await staff('admin');
    await openEdition({ db: db(), code: CODE, actor: CLI_ACTOR, closesAt: new Date(Date.now() + 86_400_000) });
    const refused = await submitAs(admin, saveDefinitionAction, {
      code: CODE,
      version: version(),
      definition: edited((d) => {
        d.pages[0].questions[0].required = false;
      }),
    });
    expect(refused).toMatchObject({
      ok: false,
      problems: [{ path: 'pages.0.questions.0.required', message: expect.stringContaining('Ligt vast sinds de editie geopend is') }],
    });
    expect(current().pages[0].questions[0].required).toBe(true);
    expect(
      await submitAs(admin, saveDefinitionAction, { code: CODE, version: version(), definition: edited(changeWording) }),
    ).toMatchObject({ ok: true });
  });

  it('refuses text that is no JSON, a definition over the limit, and coordinators', async () => {
    const admin = await staff('admin');
    expect(await submitAs(admin, saveDefinitionAction, { code: CODE, version: version(), definition: '{"pages": [' })).toEqual({
      ok: false,
      message: 'notJson',
    });
    const tooLarge = await submitAs(admin, saveDefinitionAction, {
      code: CODE,
      version: version(),
      definition: `"${'x'.repeat(MAX_DEFINITION_CHARS)}"`,
    });
    expect(tooLarge).toMatchObject({
      ok: false,
      errors: { definition: ['De vragenlijst is te groot om op te slaan (hoogstens 256 kB).'] },
    });
    const coordinator = await staff('coordinator');
    expect(
      await submitAs(coordinator, saveDefinitionAction, { code: CODE, version: version(), definition: edited(changeWording) }),
    ).toMatchObject({ ok: false, errors: {} });
    expect(current().pages[1].questions[0].text).not.toBe('Wat ging goed?');
  });

  it('refuses a save from a version another admin has saved over, storing nothing of it, and continues from the version it saved', async () => {
    const admin = await staff('admin');
    const loaded = version();
    const first = await submitAs(admin, saveDefinitionAction, { code: CODE, version: loaded, definition: edited(changeWording) });
    expect(first).toMatchObject({ ok: true, version: version() });
    const afterFirst = current();

    const second = await submitAs(admin, saveDefinitionAction, {
      code: CODE,
      version: loaded,
      definition: edited((d) => {
        d.title = 'Mijn titel';
      }),
    });
    expect(second).toEqual({
      ok: false,
      stale: true,
      message: expect.stringMatching(/^Iemand anders heeft de vragenlijst intussen gewijzigd/),
    });
    expect(current()).toEqual(afterFirst);
    expect(db().select().from(auditLog).where(eq(auditLog.action, 'edition.definition_changed')).all()).toHaveLength(1);

    // The first editor goes on from the version it got back.
    if (!first.ok) throw new Error('first save');
    expect(
      await submitAs(admin, saveDefinitionAction, { code: CODE, version: first.version, definition: edited((d) => (d.title = 'Verder')) }),
    ).toMatchObject({ ok: true });
  });
});
