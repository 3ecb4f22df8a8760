import { beforeEach, describe, expect, it, vi } from 'vitest';
import { auditLog, mailTemplates } from '@/db/schema';
import { CLI_ACTOR } from '@/lib/audit/record';
import { NO_ACCESS } from '@/lib/auth/guard';
import { createUser } from '@/lib/auth/users';
import { createTestDb } from '@/tests/support/db';
import { signedIn, submitAs } from '@/tests/support/staff-action';

const state = vi.hoisted(() => ({ db: null as unknown }));
vi.mock('@/db/client', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/db/client')>()), getDb: () => state.db }));
vi.mock('@/lib/auth/session', async () => {
  const { signedIn: current } = await import('@/tests/support/staff-action');
  return { getSessionUser: async () => current.user };
});
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
vi.mock('next-intl/server', () => ({ getTranslations: async () => (key: string) => key }));

const { saveTemplateAction } = await import('./actions');

const db = () => state.db as Awaited<ReturnType<typeof createTestDb>>;

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

const fields = { edition: '2022-2023', name: 'invitation', subject: 'Uitnodiging {bibliotheek}', body: 'Via {link}' };

beforeEach(async () => {
  state.db = await createTestDb();
  signedIn.user = null;
});

describe('saving a mail text', () => {
  it('is refused for a coordinator, storing nothing', async () => {
    expect(await submitAs(await staff('coordinator'), saveTemplateAction, fields)).toEqual({ ok: false, errors: {}, message: NO_ACCESS });
    expect(db().select().from(mailTemplates).all()).toEqual([]);
  });

  it('refuses an unknown placeholder at its field on the server too, storing and recording nothing', async () => {
    const result = await submitAs(await staff('admin'), saveTemplateAction, { ...fields, body: 'Via {link} en {website}' });
    expect(result).toMatchObject({
      ok: false,
      errors: { body: ['Onbekende plaatshouder: {website}. Toegestaan zijn: {bibliotheek}, {link}, {sluitdatum}, {contact}.'] },
    });
    expect(db().select().from(mailTemplates).all()).toEqual([]);
    expect(
      db()
        .select()
        .from(auditLog)
        .all()
        .filter((e) => e.action === 'mail_template.changed'),
    ).toEqual([]);
  });

  it('stores an admin’s text with its audit entry', async () => {
    expect(await submitAs(await staff('admin'), saveTemplateAction, fields)).toEqual({ ok: true, message: 'saved' });
    expect(db().select().from(mailTemplates).all()).toMatchObject([
      { name: 'invitation', subject: 'Uitnodiging {bibliotheek}', body: 'Via {link}' },
    ]);
    expect(
      db()
        .select()
        .from(auditLog)
        .all()
        .filter((e) => e.action === 'mail_template.changed'),
    ).toMatchObject([{ actorLabel: 'admin@example.nl' }]);
  });
});
