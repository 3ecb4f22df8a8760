import Database from 'better-sqlite3';
import { expect, test as base, type Page } from '@playwright/test';

/** A library name no other test uses, so each test works on data of its own. */
export function uniqueLibraryName(label: string): string {
  return `Bibliotheek ${label} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
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
    const source = db.prepare("select title, definition from editions where code = '2022-2023'").get() as { title: string; definition: string };
    const definition = { ...JSON.parse(source.definition), edition: code, previousEdition: undefined };
    db.prepare("insert into editions (code, title, status, definition) values (?, ?, 'draft', ?)").run(code, `${source.title} (concept)`, JSON.stringify(definition));
  } finally {
    db.close();
  }
  return code;
}
