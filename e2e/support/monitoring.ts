import { expect } from '@playwright/test';
import { test as editionsTest } from './editions';
import { inviteNewLibraries, type InvitedLibrary } from './libraries';

/**
 * An open edition of its own with four freshly imported libraries invited
 * for it, so its figures count nothing but this test's libraries.
 */
export const test = editionsTest.extend<{ monitored: { edition: string; libraries: InvitedLibrary[] } }>({
  monitored: async ({ openConcept }, provide) => {
    const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
    const libraries = ['Aa', 'Bb', 'Cc', 'Dd'].map((n, i) => ({
      name: `Bibliotheek Respons ${n} ${stamp}`,
      province: i % 2 ? 'Zeeland' : 'Drenthe',
    }));
    await provide({ edition: openConcept, libraries: inviteNewLibraries(openConcept, libraries) });
  },
});

export { expect };
