import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { StaffUser } from '@/lib/auth/users';
import { recordAudit } from '@/lib/audit/record';
import { openTestDb } from '@/tests/support/db';

const state = vi.hoisted(() => ({ db: null as unknown, user: null as StaffUser | null }));
vi.mock('@/db/client', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/db/client')>()), getDb: () => state.db }));
vi.mock('@/lib/auth/session', () => ({ getSessionUser: async () => state.user }));

const { GET } = await import('./route');

const admin: StaffUser = { id: 1, email: 'anna@example.nl', name: null, role: 'admin' };
const get = (query = '') => GET(new Request(`http://x/api/v1/audit-log${query}`), {});

beforeEach(async () => {
  const db = await openTestDb();
  state.db = db;
  state.user = admin;
  for (let i = 1; i <= 3; i++) {
    recordAudit(db, {
      actor: { label: i === 2 ? 'cli' : 'anna@example.nl' },
      action: i === 3 ? 'api_key.revoked' : 'user.created',
      target: `user:${i}`,
      details: { email: `u${i}@example.nl` },
      at: new Date(Date.UTC(2026, 0, i)),
    });
  }
});

describe('GET /api/v1/audit-log', () => {
  it('gives the newest entries first with a cursor to the older ones', async () => {
    const response = await get('?limit=2');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      entries: [
        {
          id: 3,
          at: '2026-01-03T00:00:00.000Z',
          actor: 'anna@example.nl',
          action: 'api_key.revoked',
          target: 'user:3',
          details: { email: 'u3@example.nl' },
        },
        {
          id: 2,
          at: '2026-01-02T00:00:00.000Z',
          actor: 'cli',
          action: 'user.created',
          target: 'user:2',
          details: { email: 'u2@example.nl' },
        },
      ],
      nextCursor: 2,
    });
    const rest = await (await get('?limit=2&before=2')).json();
    expect(rest).toMatchObject({ entries: [{ id: 1 }], nextCursor: null });
  });

  it('filters by action and by person', async () => {
    expect((await (await get('?action=user.created')).json()).entries.map((e: { id: number }) => e.id)).toEqual([2, 1]);
    expect((await (await get('?action=user.created&actor=anna@example.nl')).json()).entries.map((e: { id: number }) => e.id)).toEqual([1]);
  });

  it('answers 400 with a Dutch message for a bad parameter, and 403 to a coordinator', async () => {
    const bad = await get('?limit=1000');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/limit/);
    state.user = { ...admin, role: 'coordinator' };
    expect((await get()).status).toBe(403);
  });
});
