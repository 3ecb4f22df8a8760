import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { expect, test as base, type Page } from '@playwright/test';
import { runCli } from './auth';

/** A library name no other test uses, so each test works on data of its own. */
export function uniqueLibraryName(label: string): string {
  return `Bibliotheek ${label} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

export type NewLibrary = { name: string; province?: string; email?: string };
export type InvitedLibrary = { name: string; province: string; email: string; token: string; url: string };

/**
 * New libraries put in the register and invited for `edition` through the
 * CLI's `import-libraries`, as an admin's CSV would be: a number of them
 * (named "Bibliotheek Test …") or the ones given. Each gets an address of its
 * own unless given one, and Utrecht unless given a province; their links come
 * back in the order given.
 */
export function inviteNewLibraries(edition: string, libraries: number | NewLibrary[]): InvitedLibrary[] {
  const tag = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}`;
  const given: NewLibrary[] =
    typeof libraries === 'number' ? Array.from({ length: libraries }, (_, i) => ({ name: `Bibliotheek Test ${tag} ${i + 1}` })) : libraries;
  const rows = given.map((l, i) => ({
    name: l.name,
    province: l.province ?? 'Utrecht',
    email: l.email ?? `e2e-${tag}-${i + 1}@bibliotheek.nl`,
  }));
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'enquete-e2e-')), 'bibliotheken.csv');
  fs.writeFileSync(file, stringify(rows, { header: true, columns: ['name', 'province', 'email'] }));
  const invited = parse(runCli(['import-libraries', file, '--edition', edition]), { columns: true }) as InvitedLibrary[];
  return rows.map((row) => {
    const link = invited.find((l) => l.name === row.name);
    if (!link) throw new Error(`import-libraries gave no link for ${row.name}`);
    return link;
  });
}

/** The register's "add" form as an admin sees it at /admin/libraries/new. */
export async function addLibrary(page: Page, { name, province, email }: { name: string; province: string; email: string }) {
  await page.goto('/admin/libraries/new');
  const form = page.getByRole('form', { name: 'Bibliotheek toevoegen' });
  await expect(form.getByRole('button', { name: 'Toevoegen' })).toBeEnabled();
  await form.getByLabel('Naam').fill(name);
  await form.getByLabel('Provincie').selectOption(province);
  await form.getByLabel('E-mailadres').fill(email);
  await form.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(form.getByRole('status')).toHaveText(`${name} is toegevoegd aan het register.`);
}

/** `libraryName`: a fresh name per test. */
export const test = base.extend<{ libraryName: string }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as the first argument
  libraryName: async ({}, provide, testInfo) => {
    await provide(uniqueLibraryName(`e2e${testInfo.workerIndex}`));
  },
});

export { expect };

/**
 * A concept (draft) edition made straight in the e2e database, as a copy of
 * 2022-2023 under another code: creating editions in the app is another
 * branch's work. Returns its code.
 */
export function addConceptEdition(): string {
  // A school-year code from long ago: never the newest edition, which the staff menu links to.
  const year = 1000 + Math.floor(Math.random() * 900);
  const code = `${year}-${year + 1}`;
  const db = new Database(process.env.DATABASE_URL ?? 'data/e2e.db');
  try {
    db.pragma('busy_timeout = 5000');
    const source = db.prepare("select title, definition from editions where code = '2022-2023'").get() as {
      title: string;
      definition: string;
    };
    const definition = { ...JSON.parse(source.definition), edition: code, previousEdition: undefined };
    db.prepare("insert into editions (code, title, status, definition) values (?, ?, 'draft', ?)").run(
      code,
      `${source.title} (concept)`,
      JSON.stringify(definition),
    );
  } finally {
    db.close();
  }
  return code;
}
