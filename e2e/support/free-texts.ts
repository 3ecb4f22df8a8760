import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { expect, type APIRequestContext } from '@playwright/test';
import { runCli } from './auth';
import { test as editionsTest } from './editions';

const DAY = 86_400_000;

export type ImportedLibrary = { name: string; province: string; token: string };

/** Imports libraries (name, province) invited for `edition` through the CLI; in the order given. */
export function importLibraries(edition: string, libraries: { name: string; province: string }[]): ImportedLibrary[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enquete-free-texts-'));
  const file = path.join(dir, 'bibliotheken.csv');
  const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  fs.writeFileSync(file, `name,province,email\n${libraries.map((l, i) => `${l.name},${l.province},vrij-${i}-${stamp}@bibliotheek.nl`).join('\n')}\n`);
  const rows = parse(runCli(['import-libraries', file, '--edition', edition]), { columns: true }) as { name: string; token: string }[];
  return libraries.map((l) => ({ ...l, token: rows.find((r) => r.name === l.name)!.token }));
}

/** Saves (or with `submit`, sends) a library's answers through the respondents' API. */
export async function sendAnswers(request: APIRequestContext, token: string, answers: Record<string, unknown>, submit = true) {
  const response = await request.put(`/api/v1/responses/${token}`, { data: { answers, submit } });
  expect(response.status(), await response.text()).toBe(200);
}

/** An open edition of its own (a copy of 2022-2023), so its texts are this test's alone. */
export const test = editionsTest.extend<{ openEdition: string }>({
  openEdition: async ({ adminApi, concept }, provide) => {
    const opened = await adminApi.post(`/api/v1/editions/${concept}/open`, { data: { closesAt: new Date(Date.now() + 30 * DAY).toISOString() } });
    expect(opened.status(), await opened.text()).toBe(200);
    await provide(concept);
  },
});

export { expect };
