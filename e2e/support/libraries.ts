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
  libraryName: async ({}, use, testInfo) => {
    await use(uniqueLibraryName(`e2e${testInfo.workerIndex}`));
  },
});

export { expect };
