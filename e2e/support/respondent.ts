import { expect } from '@playwright/test';
import { inviteNewLibrary, test as editionsTest } from './editions';
import type { DemoLink } from './links';

const DAY = 86_400_000;

/**
 * A link of its own per test: a new edition (a copy of 2022-2023, so the same
 * questions), opened for a month, with one freshly imported library invited.
 * Nothing a test answers through it shows up in the demo's figures.
 */
export const test = editionsTest.extend<{ freshLink: DemoLink }>({
  freshLink: async ({ adminApi, concept }, provide) => {
    const opened = await adminApi.post(`/api/v1/editions/${concept}/open`, { data: { closesAt: new Date(Date.now() + 30 * DAY).toISOString() } });
    expect(opened.status(), await opened.text()).toBe(200);
    const token = inviteNewLibrary(concept);
    await provide({ edition: concept, library: '', province: 'Utrecht', status: 'not_started', token, url: `/r/${token}` });
  },
});

export { expect };
