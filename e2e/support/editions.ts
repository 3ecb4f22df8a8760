import Database from 'better-sqlite3';
import { expect, test as base, type APIRequestContext } from '@playwright/test';
import { signInRequest } from './auth';
import { inviteNewLibraries } from './libraries';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Fresh editions per test: each gets a school year of its own far in the
 * future (made through the API as an admin), so tests never share an
 * edition and a retry never meets the code of its first try. Random years
 * alone met each other now and then (some 40 editions a run out of 7,000
 * years), so a year the e2e database already has is drawn again.
 */
export function uniqueSchoolYear(): string {
  const db = new Database(process.env.DATABASE_URL ?? 'data/e2e.db', { readonly: true, fileMustExist: true });
  try {
    const taken = db.prepare('SELECT 1 FROM editions WHERE code = ?');
    for (;;) {
      const year = 2100 + Math.floor(Math.random() * 7000);
      const code = `${year}-${year + 1}`;
      if (!taken.get(code)) return code;
    }
  } finally {
    db.close();
  }
}

type Fixtures = {
  /** An API request context signed in as the demo admin. */
  adminApi: APIRequestContext;
  /** A new concept edition copied from 2022-2023; its code. */
  concept: string;
  /** That concept, opened through the API, closing in 30 days; its code. */
  openConcept: string;
};

export const test = base.extend<Fixtures>({
  adminApi: async ({ playwright, baseURL }, provide) => {
    const context = await playwright.request.newContext({ baseURL });
    await signInRequest(context, 'admin');
    await provide(context);
    await context.dispose();
  },
  concept: async ({ adminApi }, provide) => {
    const code = uniqueSchoolYear();
    const created = await adminApi.post('/api/v1/editions', { data: { code, from: '2022-2023' } });
    expect(created.status(), await created.text()).toBe(201);
    await provide(code);
  },
  openConcept: async ({ adminApi, concept }, provide) => {
    await openEdition(adminApi, concept);
    await provide(concept);
  },
});

export { expect };

/** Invites one new library for `edition` through the CLI; returns its token. */
export function inviteNewLibrary(edition: string): string {
  return inviteNewLibraries(edition, 1)[0].token;
}

/** Opens `code` through the API as an admin, closing at `closesAt` (30 days from now unless given). */
export async function openEdition(adminApi: APIRequestContext, code: string, closesAt = new Date(Date.now() + 30 * DAY)): Promise<void> {
  const opened = await adminApi.post(`/api/v1/editions/${code}/open`, { data: { closesAt: closesAt.toISOString() } });
  expect(opened.status(), await opened.text()).toBe(200);
}

/** The audit entries about an edition, oldest first, read from the e2e database. */
export function auditEntries(edition: string): { action: string; actorLabel: string; details: Record<string, unknown> | null }[] {
  const db = new Database(process.env.DATABASE_URL ?? 'data/e2e.db', { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare('select action, actor_label as actorLabel, details from audit_log where target = ? order by id')
      .all(`edition:${edition}`) as { action: string; actorLabel: string; details: string | null }[];
    return rows.map((r) => ({ ...r, details: r.details ? (JSON.parse(r.details) as Record<string, unknown>) : null }));
  } finally {
    db.close();
  }
}
