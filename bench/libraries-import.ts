import { createHash, randomBytes } from 'node:crypto';
import { openDatabase, type Db } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { seedEditions } from '@/cli/seed/seed';
import { CLI_ACTOR } from '@/lib/audit/record';
import { getEditionByCode } from '@/lib/editions/queries';
import { importLibrariesAndInvite } from '@/lib/invitations/import';
import { parseLibrariesCsv } from '@/lib/libraries/import';
import { provinces } from '@/lib/libraries/provinces';

/**
 * `npm run bench -- libraries-import [--sizes=1000,33000]`
 *
 * `npm run cli -- import-libraries` on a file of N libraries: parsing and
 * checking the CSV, then adding the libraries and their links in one
 * transaction, in a fresh in-memory database. The default 33,000 is past
 * SQLite's 32,766 bound variables per statement, which a statement that grew
 * with the file would hit. The floor: the same rows and token hashes inserted
 * with two prepared better-sqlite3 statements in one transaction, no parsing,
 * checks or Drizzle.
 */

const EDITION = '2022-2023';
const DEFAULT_SIZES = [1_000, 33_000];

function freshDb(): Db {
  const db = openDatabase(':memory:');
  runMigrations(db);
  seedEditions(db);
  return db;
}

function csvOf(size: number): string {
  const lines = Array.from({ length: size }, (_, i) => `Bibliotheek ${i},${provinces[i % provinces.length]},b${i}@bibliotheek.nl`);
  return `name,province,email\n${lines.join('\n')}\n`;
}

async function timeOurs(size: number): Promise<{ parseMs: number; importMs: number }> {
  const db = freshDb();
  const edition = getEditionByCode({ db, code: EDITION })!;
  const csv = Buffer.from(csvOf(size), 'utf8');
  let t = performance.now();
  const { rows, problems } = parseLibrariesCsv(csv);
  const parseMs = performance.now() - t;
  if (problems.length > 0) throw new Error(`the generated file has problems: ${problems[0].message}`);
  t = performance.now();
  const result = await importLibrariesAndInvite({ db, edition, rows, actor: CLI_ACTOR });
  const importMs = performance.now() - t;
  const invited = (db.$client.prepare('select count(*) as n from invitations where edition_id = ?').get(edition.id) as { n: number }).n;
  if (!result.ok || result.invitations.length !== size || invited !== size)
    throw new Error(`import of ${size} libraries did not invite them all`);
  db.$client.close();
  return { parseMs, importMs };
}

function timeFloor(size: number): number {
  const db = freshDb();
  const editionId = getEditionByCode({ db, code: EDITION })!.id;
  const insertLibrary = db.$client.prepare('insert into libraries (name, province, email) values (?, ?, ?) returning id');
  const insertInvitation = db.$client.prepare('insert into invitations (edition_id, library_id, token_hash) values (?, ?, ?)');
  const t = performance.now();
  db.$client.transaction(() => {
    for (let i = 0; i < size; i++) {
      const { id } = insertLibrary.get(`Bibliotheek ${i}`, provinces[i % provinces.length], `b${i}@bibliotheek.nl`) as { id: number };
      const token = randomBytes(32).toString('base64url');
      insertInvitation.run(editionId, id, createHash('sha256').update(token).digest('hex'));
    }
  })();
  const ms = performance.now() - t;
  db.$client.close();
  return ms;
}

export async function runLibrariesImportBenchmark(args: string[]): Promise<void> {
  const sizesArg = args.find((a) => a.startsWith('--sizes='));
  const sizes = sizesArg ? sizesArg.slice('--sizes='.length).split(',').map(Number) : DEFAULT_SIZES;
  // Once untimed, so that the first size does not pay for loading and warming the code.
  timeFloor(100);
  await timeOurs(100);
  console.log('  libraries   parse (ms)   import (ms)   floor (ms)   import/floor');
  for (const size of sizes) {
    const floorMs = timeFloor(size);
    const { parseMs, importMs } = await timeOurs(size);
    console.log(
      `${size.toLocaleString('en').padStart(11)}${parseMs.toFixed(0).padStart(13)}${importMs.toFixed(0).padStart(14)}${floorMs.toFixed(0).padStart(13)}${`${(importMs / floorMs).toFixed(2)}x`.padStart(15)}`,
    );
  }
}
