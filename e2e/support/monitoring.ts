import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { expect } from '@playwright/test';
import { runCli } from './auth';
import { test as editionsTest } from './editions';

const DAY = 86_400_000;

export type MonitoredLibrary = { name: string; email: string; token: string };

/** The answers of a complete questionnaire (2022-2023's questions, which copies keep). */
export const completeAnswers = {
  VO_SAMENWERKING: 'JA',
  TEVREDEN: ['SAMENWERKING_SCHOLEN', 'EXPERTISE_BIBLIOTHEEK'],
  KNELPUNTEN: ['FINANCIERING', 'ANDERS'],
  KNELPUNTEN__other: 'Vervoer',
  FINANCIERING_MINDER_SCHOLEN: 'JA',
  UREN_PER_WEEK: 12.5,
};

/**
 * An open edition of its own with four freshly imported libraries invited
 * for it, so its figures count nothing but this test's libraries.
 */
export const test = editionsTest.extend<{ monitored: { edition: string; libraries: MonitoredLibrary[] } }>({
  monitored: async ({ adminApi, concept }, provide) => {
    const opened = await adminApi.post(`/api/v1/editions/${concept}/open`, { data: { closesAt: new Date(Date.now() + 30 * DAY).toISOString() } });
    expect(opened.status(), await opened.text()).toBe(200);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enquete-monitoring-'));
    const file = path.join(dir, 'bibliotheken.csv');
    const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
    const names = ['Aa', 'Bb', 'Cc', 'Dd'].map((n) => `Bibliotheek Respons ${n} ${stamp}`);
    fs.writeFileSync(file, `name,province,email\n${names.map((n, i) => `${n},${i % 2 ? 'Zeeland' : 'Drenthe'},respons-${i}-${stamp}@bibliotheek.nl`).join('\n')}\n`);
    const rows = parse(runCli(['import-libraries', file, '--edition', concept]), { columns: true }) as MonitoredLibrary[];
    expect(rows).toHaveLength(4);
    await provide({ edition: concept, libraries: names.map((name) => rows.find((r) => r.name === name)!) });
  },
});

export { expect };
