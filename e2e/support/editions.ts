import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { expect, test as base, type APIRequestContext } from '@playwright/test';
import { runCli, signInRequest } from './auth';

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
});

export { expect };

/** Invites one new library for `edition` through the CLI; returns its token. */
export function inviteNewLibrary(edition: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enquete-e2e-'));
  const file = path.join(dir, 'bibliotheek.csv');
  const name = `Bibliotheek Test ${edition} ${Math.random().toString(36).slice(2, 8)}`;
  fs.writeFileSync(file, `name,province,email\n${name},Utrecht,test-${Date.now()}@bibliotheek.nl\n`);
  const rows = parse(runCli(['import-libraries', file, '--edition', edition]), { columns: true }) as { token: string }[];
  return rows[0].token;
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
