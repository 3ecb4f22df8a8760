import { beforeEach, describe, expect, it, vi } from 'vitest';
import { auditLog, users } from '@/db/schema';
import { createUser } from '@/lib/auth/users';
import { CLI_ACTOR } from '@/lib/audit/record';
import { openTestDb } from '@/tests/support/db';
import { signedIn, submitAs } from '@/tests/support/staff-action';

const state = vi.hoisted(() => ({ db: null as unknown }));
vi.mock('@/db/client', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/db/client')>()), getDb: () => state.db }));
vi.mock('@/lib/auth/session', async () => {
  const { signedIn: current } = await import('@/tests/support/staff-action');
  return { getSessionUser: async () => current.user };
});
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
vi.mock('next-intl/server', () => ({ getTranslations: async () => (key: string) => key }));

const { createUserAction, changeRoleAction, setUserDisabledAction } = await import('./users/actions');
const { createApiKeyAction, revokeApiKeyAction } = await import('./api-keys/actions');

function db() {
  return state.db as Awaited<ReturnType<typeof openTestDb>>;
}

function entries() {
  return db()
    .select({
      action: auditLog.action,
      userId: auditLog.actorUserId,
      actor: auditLog.actorLabel,
      target: auditLog.target,
      details: auditLog.details,
    })
    .from(auditLog)
    .orderBy(auditLog.id)
    .all();
}

async function admin() {
  const created = await createUser({
    db: db(),
    email: 'beheerder@example.nl',
    role: 'admin',
    password: 'een-lang-genoeg-wachtwoord',
    actor: CLI_ACTOR,
  });
  if (!created.ok) throw new Error('setup');
  return created.user;
}

beforeEach(async () => {
  state.db = await openTestDb();
  signedIn.user = null;
});

describe('the account and key pages write the signed-in admin into the audit log', () => {
  it('for creating an account, changing its role, disabling and enabling it', async () => {
    const me = await admin();
    const made = await submitAs(me, createUserAction, {
      email: 'nieuw@example.nl',
      name: 'Nieuw',
      role: 'coordinator',
      password: 'nog-een-lang-wachtwoord',
    });
    expect(made).toMatchObject({ ok: true });
    const id = db()
      .select()
      .from(users)
      .all()
      .find((u) => u.email === 'nieuw@example.nl')!.id;
    await submitAs(me, changeRoleAction, { userId: String(id), role: 'admin' });
    await submitAs(me, setUserDisabledAction, { userId: String(id), disabled: 'true' });
    await submitAs(me, setUserDisabledAction, { userId: String(id), disabled: 'false' });
    const by = { userId: me.id, actor: 'beheerder@example.nl', target: `user:${id}` };
    expect(entries().slice(1)).toEqual([
      { action: 'user.created', ...by, details: { email: 'nieuw@example.nl', name: 'Nieuw', role: 'coordinator' } },
      { action: 'user.role_changed', ...by, details: { email: 'nieuw@example.nl', from: 'coordinator', to: 'admin' } },
      { action: 'user.disabled', ...by, details: { email: 'nieuw@example.nl' } },
      { action: 'user.enabled', ...by, details: { email: 'nieuw@example.nl' } },
    ]);
  });

  it('for creating and revoking an API key', async () => {
    const me = await admin();
    const made = await submitAs(me, createApiKeyAction, { name: 'Dashboard' });
    if (!made.ok || !('key' in made)) throw new Error('key not made');
    const keyId = entries().at(-1)!.target!.replace('api_key:', '');
    await submitAs(me, revokeApiKeyAction, { keyId });
    const by = { userId: me.id, actor: 'beheerder@example.nl', target: `api_key:${keyId}` };
    expect(entries().slice(1)).toEqual([
      { action: 'api_key.created', ...by, details: { name: 'Dashboard', prefix: made.key.slice(0, 10) } },
      { action: 'api_key.revoked', ...by, details: { name: 'Dashboard', prefix: made.key.slice(0, 10) } },
    ]);
  });

  it('writes nothing for a refused request', async () => {
    const me = await admin();
    await submitAs(me, createUserAction, { email: 'geen-adres', role: 'coordinator', password: 'kort' });
    await submitAs(me, changeRoleAction, { userId: String(me.id), role: 'coordinator' });
    await submitAs({ ...me, role: 'coordinator' }, createApiKeyAction, { name: 'Stiekem' });
    expect(entries().map((e) => e.action)).toEqual(['user.created']);
  });
});
