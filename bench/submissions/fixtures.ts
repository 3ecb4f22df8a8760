import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { openDatabase } from '@/db/client';
import { demoLibraryCount, demoTargets } from '@/cli/seed/demo/targets';
import { generateDemoResponses } from '@/cli/seed/demo/generate';
import { CLI_ACTOR } from '@/lib/audit/record';
import { listEditions, type Edition } from '@/lib/editions/queries';
import { importLibrariesAndInvite } from '@/lib/invitations/import';
import { provinces } from '@/lib/libraries/provinces';
import { buildAnswersSchema } from '@/lib/questionnaire/answer-schema';
import type { Answers } from '@/lib/questionnaire/visibility';
import { answersToRows } from '@/lib/responses/answer-rows';

export type Invitee = { name: string; token: string };

export type Fixture = {
  file: string;
  edition: Edition;
  invitees: Invitee[];
};

export function removeDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
}

/**
 * A fresh database the way production gets one (migrate + seed the editions,
 * no demo), plus `libraryCount` libraries with a personal link each for the
 * open edition, made through the same import as the CLI.
 */
export async function prepareDatabase(file: string, libraryCount: number): Promise<Fixture> {
  removeDatabase(file);
  const seed = spawnSync(process.execPath, ['--import', 'tsx', 'cli/seed/seed.ts', '--no-demo'], {
    env: { ...process.env, DATABASE_URL: file },
    encoding: 'utf8',
  });
  if (seed.status !== 0) throw new Error(`seeding ${file} failed:\n${seed.stdout}${seed.stderr}`);

  const db = openDatabase(file);
  try {
    const edition = (await listEditions({ db })).find((e) => e.status === 'open');
    if (!edition) throw new Error(`no open edition in ${file}`);
    const rows = Array.from({ length: libraryCount }, (_, i) => ({
      line: i + 2,
      name: `Benchmarkbibliotheek ${String(i + 1).padStart(5, '0')}`,
      province: provinces[i % provinces.length],
      email: `bench-${i + 1}@bibliotheek.example`,
    }));
    // In batches: the import looks up existing names with one IN (...), and
    // SQLite allows at most 32,766 bound values in a statement.
    const invitees: Invitee[] = [];
    for (let i = 0; i < rows.length; i += 20_000) {
      const result = await importLibrariesAndInvite({ db, edition, rows: rows.slice(i, i + 20_000), actor: CLI_ACTOR });
      if (!result.ok) throw new Error(`importing bench libraries failed: ${JSON.stringify(result.problems.slice(0, 3))}`);
      invitees.push(...result.invitations.map(({ name, token }) => ({ name, token })));
    }
    return { file, edition, invitees };
  } finally {
    db.$client.close();
  }
}

/**
 * Complete, valid submissions for the edition: the demo generator's submitted
 * questionnaires (the mix of "Ja" with top-three choices, follow-ups, numbers
 * and "Anders" texts, and short "Nee" ones), checked by the submit schema.
 */
export function submissionAnswers(edition: Edition): Answers[] {
  const targets = demoTargets.find((t) => t.edition === edition.code);
  if (!targets) throw new Error(`no demo targets for ${edition.code}`);
  const submitSchema = buildAnswersSchema(edition.definition, 'submit');
  return generateDemoResponses(edition.definition, targets, { seed: 7, libraryCount: demoLibraryCount })
    .filter((r) => r.status === 'submitted')
    .map((r) => submitSchema.parse(r.answers));
}

/** How many answer rows a submission stores: what the lost-check compares. */
export function expectedRowCount(edition: Edition, answers: Answers): number {
  return answersToRows(edition.definition, answers).length;
}
