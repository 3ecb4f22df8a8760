import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CLI_ACTOR } from '@/lib/audit/record';
import { createUser } from '@/lib/auth/users';
import { createEditionFrom } from '@/lib/editions/create-from';
import { getEditionByCode } from '@/lib/editions/queries';
import type { Definition } from '@/lib/questionnaire/definition';
import { createTestDb } from '@/tests/support/db';
import { signedIn } from '@/tests/support/staff-action';

const state = vi.hoisted(() => ({ db: null as unknown }));
vi.mock('@/db/client', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/db/client')>()), getDb: () => state.db }));
vi.mock('@/lib/auth/session', async () => {
  const { signedIn: current } = await import('@/tests/support/staff-action');
  return { getSessionUser: async () => current.user };
});
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

const { uploadDefinitionAction } = await import('./actions');

const CODE = '2023-2024';
const db = () => state.db as Awaited<ReturnType<typeof createTestDb>>;
const current = () => getEditionByCode({ db: db(), code: CODE })!;

function upload(version: string, edit: (d: Definition) => void) {
  const definition = structuredClone(current().definition);
  edit(definition);
  const form = new FormData();
  form.set('code', CODE);
  form.set('version', version);
  form.set('file', new File([JSON.stringify(definition)], 'vragenlijst.json', { type: 'application/json' }));
  return uploadDefinitionAction(null, form);
}

beforeEach(async () => {
  state.db = await createTestDb();
  const created = await createEditionFrom({ db: db(), code: CODE, from: '2022-2023', actor: CLI_ACTOR });
  if (!created.ok) throw new Error(created.message);
  const admin = await createUser({
    db: db(),
    email: 'admin@example.nl',
    role: 'admin',
    password: 'een-lang-genoeg-wachtwoord',
    actor: CLI_ACTOR,
  });
  if (!admin.ok) throw new Error('setup');
  signedIn.user = admin.user;
});

describe('uploading a definition on the edition page', () => {
  it('lists the changes in the shared wording', async () => {
    const result = await upload(current().definitionVersion, (d) => (d.title = 'Nieuwe titel'));
    expect(result).toMatchObject({
      ok: true,
      messageKey: 'uploaded',
      count: 1,
      changes: [{ path: 'title', where: 'Vragenlijst: de titel', to: 'Nieuwe titel' }],
    });
  });

  it('refuses a file uploaded from a page rendered before another save, and stores nothing of it', async () => {
    const rendered = current().definitionVersion;
    expect(await upload(rendered, (d) => (d.title = 'Eerst'))).toMatchObject({ ok: true });
    const afterFirst = current();
    const refused = await upload(rendered, (d) => (d.title = 'Daarna'));
    expect(refused).toMatchObject({
      ok: false,
      stale: true,
      message: expect.stringMatching(/^Iemand anders heeft de vragenlijst intussen gewijzigd/),
    });
    expect(current().definition).toEqual(afterFirst.definition);
  });
});
