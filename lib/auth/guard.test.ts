import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { StaffUser } from './users';

// The guard's lookups are replaced: who is signed in, which keys exist, the request path.
const state = vi.hoisted(() => ({
  sessionUser: null as StaffUser | null,
  keys: new Map<string, { keyId: number; name: string; role: 'admin' | 'coordinator' }>(),
  path: '/admin/users?tab=1' as string | null,
}));

vi.mock('./session', () => ({ getSessionUser: vi.fn(async () => state.sessionUser) }));
vi.mock('./api-keys', () => ({ findApiKeyCaller: vi.fn(({ key }: { key: string }) => state.keys.get(key)) }));
vi.mock('@/db/client', () => ({ getDb: () => ({}) }));
vi.mock('next/headers', () => ({ headers: async () => new Headers(state.path ? { 'x-enquete-path': state.path } : {}) }));
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw new Error(`REDIRECT ${url}`);
  },
  forbidden: () => {
    throw new Error('FORBIDDEN');
  },
}));

const { hasRole, requireStaffPage, safeCallbackPath, staffAction, staffRoute, formDataToObject } = await import('./guard');

const admin: StaffUser = { id: 1, email: 'a@x.nl', name: 'A', role: 'admin' };
const coordinator: StaffUser = { id: 2, email: 'c@x.nl', name: null, role: 'coordinator' };

beforeEach(() => {
  state.sessionUser = null;
  state.keys.clear();
  state.path = '/admin/users?tab=1';
});

describe('roles', () => {
  it('admin includes coordinator, not the other way round', () => {
    expect(hasRole('admin', 'admin')).toBe(true);
    expect(hasRole('admin', 'coordinator')).toBe(true);
    expect(hasRole('coordinator', 'coordinator')).toBe(true);
    expect(hasRole('coordinator', 'admin')).toBe(false);
  });
});

describe('requireStaffPage', () => {
  it('sends anonymous visitors to the sign-in page with the path to return to', async () => {
    await expect(requireStaffPage('coordinator')).rejects.toThrow('REDIRECT /login?callbackUrl=%2Fadmin%2Fusers%3Ftab%3D1');
  });

  it('gives a 403 to a role that is too low', async () => {
    state.sessionUser = coordinator;
    await expect(requireStaffPage('admin')).rejects.toThrow('FORBIDDEN');
  });

  it('returns the user when the role suffices', async () => {
    state.sessionUser = coordinator;
    await expect(requireStaffPage('coordinator')).resolves.toEqual(coordinator);
    state.sessionUser = admin;
    await expect(requireStaffPage('admin')).resolves.toEqual(admin);
  });

  it('only returns to same-site paths', () => {
    expect(safeCallbackPath('/admin/users')).toBe('/admin/users');
    expect(safeCallbackPath('https://evil.example/')).toBe('/admin');
    expect(safeCallbackPath('//evil.example/')).toBe('/admin');
    expect(safeCallbackPath('/\\evil.example')).toBe('/admin');
    expect(safeCallbackPath(undefined)).toBe('/admin');
  });
});

describe('staffRoute', () => {
  const handler = vi.fn(async (_request: Request, _context: { id: string }, caller: unknown) => Response.json({ caller }));
  const route = staffRoute('coordinator', handler);
  const adminRoute = staffRoute('admin', handler);
  const call = (r: typeof route, headers: Record<string, string> = {}) => r(new Request('http://x/api/v1/thing', { headers }), { id: '1' });

  beforeEach(() => {
    handler.mockClear();
  });

  it('answers 401 JSON to anonymous callers, with a Bearer challenge', async () => {
    const response = await call(route);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('Bearer');
    expect(await response.json()).toHaveProperty('error');
    expect(handler).not.toHaveBeenCalled();
  });

  it('answers 401 to an unknown key, even when a session cookie would be valid', async () => {
    state.sessionUser = admin;
    const response = await call(route, { authorization: 'Bearer enq_unknown' });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('invalid_token');
    expect((await call(route, { authorization: 'Basic abc' })).status).toBe(401);
    expect(handler).not.toHaveBeenCalled();
  });

  it('answers 403 JSON when the role is too low', async () => {
    state.sessionUser = coordinator;
    const response = await call(adminRoute);
    expect(response.status).toBe(403);
    expect(handler).not.toHaveBeenCalled();
  });

  it('passes a session caller to the handler', async () => {
    state.sessionUser = coordinator;
    const response = await call(route);
    expect(response.status).toBe(200);
    expect(handler).toHaveBeenCalledWith(expect.any(Request), { id: '1' }, { kind: 'user', user: coordinator });
  });

  it('passes a key caller to the handler, with the role the key carries', async () => {
    state.keys.set('enq_good', { keyId: 7, name: 'Dashboard', role: 'admin' });
    const response = await call(adminRoute, { authorization: 'Bearer enq_good' });
    expect(response.status).toBe(200);
    expect(handler).toHaveBeenCalledWith(expect.any(Request), { id: '1' }, { kind: 'apiKey', keyId: 7, name: 'Dashboard', role: 'admin' });
  });

  it('applies the role check to keys too', async () => {
    state.keys.set('enq_low', { keyId: 8, name: 'Laag', role: 'coordinator' });
    expect((await call(adminRoute, { authorization: 'Bearer enq_low' })).status).toBe(403);
  });
});

describe('staffAction', () => {
  const schema = z.object({ name: z.string().min(2, 'Te kort.'), tags: z.array(z.string()).optional() });
  const body = vi.fn(async (input: z.infer<typeof schema>, user: StaffUser) => ({ ok: true as const, input, by: user.id }));
  const action = staffAction('admin', schema, body);
  const form = (entries: [string, string][]) => {
    const data = new FormData();
    for (const [k, v] of entries) data.append(k, v);
    return data;
  };

  beforeEach(() => {
    body.mockClear();
  });

  it('refuses anonymous callers before looking at the input', async () => {
    expect(await action(null, form([['name', 'x']]))).toMatchObject({
      ok: false,
      errors: {},
      message: expect.stringContaining('niet (meer) ingelogd'),
    });
    expect(body).not.toHaveBeenCalled();
  });

  it('refuses a role that is too low', async () => {
    state.sessionUser = coordinator;
    expect(await action(null, form([['name', 'Anna']]))).toMatchObject({ ok: false, message: expect.stringContaining('Geen toegang') });
    expect(body).not.toHaveBeenCalled();
  });

  it('returns per-field errors from the schema', async () => {
    state.sessionUser = admin;
    expect(await action(null, form([['name', 'x']]))).toEqual({ ok: false, errors: { name: ['Te kort.'] }, message: undefined });
    expect(body).not.toHaveBeenCalled();
  });

  it('runs the action with parsed input and the user', async () => {
    state.sessionUser = admin;
    const result = await action(
      null,
      form([
        ['name', 'Anna'],
        ['tags', 'a'],
        ['tags', 'b'],
        ['$ACTION_ID_123', ''],
      ]),
    );
    expect(result).toEqual({ ok: true, input: { name: 'Anna', tags: ['a', 'b'] }, by: 1 });
  });

  it('turns FormData into an object, repeated names into arrays', () => {
    expect(
      formDataToObject(
        form([
          ['a', '1'],
          ['b', '2'],
          ['b', '3'],
        ]),
      ),
    ).toEqual({ a: '1', b: ['2', '3'] });
  });
});
