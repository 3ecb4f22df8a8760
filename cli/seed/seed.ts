import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { stringify } from 'csv-stringify/sync';
import { getDb, type Db } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { emptyDatabase, tablesWithData } from './reset';
import * as schema from '@/db/schema';
import { databaseUrl } from '@/lib/env';
import { loadBundledDefinitions } from './questionnaires';
import { createInvitation } from '@/lib/invitations/create';
import { getEditionByCode } from '@/lib/editions/queries';
import { findInvitationByToken } from '@/lib/responses/queries';
import { saveResponse } from '@/lib/responses/save';
import { generateDemoResponses } from './demo/generate';
import { demoLibraryCount, demoTargets } from './demo/targets';
import { demoPlaces } from './demo/places';
import { seedDemoStaff } from './demo/staff';

const DAY = 24 * 60 * 60 * 1000;

/** Stores every bundled questionnaire as an edition; the newest is open. */
export function seedEditions(db: Db, now = new Date()): void {
  const definitions = loadBundledDefinitions();
  db.transaction((tx) => {
    definitions.forEach((definition, i) => {
      const newest = i === definitions.length - 1;
      const previous = definition.previousEdition
        ? tx.select().from(schema.editions).where(eq(schema.editions.code, definition.previousEdition)).get()
        : undefined;
      tx.insert(schema.editions)
        .values({
          code: definition.edition,
          title: definition.title,
          status: newest ? 'open' : 'closed',
          opensAt: new Date(now.getTime() - (newest ? 30 : 395) * DAY),
          closesAt: new Date(now.getTime() + (newest ? 60 : -335) * DAY),
          previousEditionId: previous?.id ?? null,
          definition,
        })
        .run();
    });
  });
}

type IssuedLink = { edition: string; library: string; province: string; status: string; token: string; url: string };

/**
 * The demo's size classes, by turns: two in five small, two in five medium,
 * one in five large, so each class has far more than 5 submissions in either
 * edition. Given by position, not drawn, so the answers stay as they were.
 */
const demoSizeClasses = ['small', 'medium', 'small', 'large', 'medium'] as const;

/**
 * Libraries, their invitations and answers for both editions, made from the
 * demo targets and saved through the same validation and storage as the API.
 */
export function seedDemo(db: Db): IssuedLink[] {
  if (demoPlaces.length < demoLibraryCount) throw new Error(`only ${demoPlaces.length} demo places for ${demoLibraryCount} libraries`);
  const libraryRows = db.transaction((tx) =>
    demoPlaces.slice(0, demoLibraryCount).map(([town, province], i) =>
      tx
        .insert(schema.libraries)
        .values({
          name: `Bibliotheek ${town}`,
          province,
          sizeClass: demoSizeClasses[i % demoSizeClasses.length],
          email: `info@bibliotheek-${town.toLowerCase().replace(/[^a-z]+/g, '-')}.nl`,
        })
        .returning()
        .get(),
    ),
  );

  const links: IssuedLink[] = [];
  demoTargets.forEach((targets, e) => {
    const edition = getEditionByCode({ db, code: targets.edition });
    if (!edition) throw new Error(`demo targets name unknown edition ${targets.edition}`);
    // Demo answers are saved while the edition is open, then the edition gets its real status.
    db.update(schema.editions).set({ status: 'open', closesAt: null }).where(eq(schema.editions.id, edition.id)).run();

    const tokens = libraryRows.map((library) => createInvitation({ db, editionId: edition.id, libraryId: library.id }));
    const demo = generateDemoResponses(edition.definition, targets, { seed: 2023 + e, libraryCount: libraryRows.length });
    const statusByLibrary = new Map<number, string>();
    demo.forEach((response, k) => {
      const context = findInvitationByToken({ db, token: tokens[response.libraryIndex].token })!;
      const moment = new Date(edition.opensAt!.getTime() + ((k * 7) % 28) * DAY + k * 60_000);
      const result = saveResponse({
        db,
        context,
        request: { answers: response.answers, submit: response.status === 'submitted' },
        now: moment,
      });
      if (!result.ok) throw new Error(`demo response refused: ${JSON.stringify(result)}`);
      statusByLibrary.set(response.libraryIndex, response.status);
    });
    db.update(schema.editions).set({ status: edition.status, closesAt: edition.closesAt }).where(eq(schema.editions.id, edition.id)).run();

    libraryRows.forEach((library, i) =>
      links.push({
        edition: targets.edition,
        library: library.name,
        province: library.province,
        status: statusByLibrary.get(i) ?? 'not_started',
        token: tokens[i].token,
        url: tokens[i].url,
      }),
    );
  });
  return links;
}

const usage = 'npm run db:seed -- [--reset | --if-empty] [--no-demo] [--links <file.csv>]';

/**
 * The seed never overwrites data it finds: on a database that holds any (its
 * own earlier demo included, which people may have worked with since) it
 * refuses, unless told to --reset (delete everything first) or, for
 * `npm run demo`, --if-empty (keep it and say so).
 */
async function main() {
  const args = process.argv.slice(2);
  const linksFile = args.includes('--links') ? args[args.indexOf('--links') + 1] : undefined;
  const flags = args.filter((arg) => arg !== linksFile);
  const unknown = flags.filter((arg) => !['--reset', '--if-empty', '--no-demo', '--links'].includes(arg));
  if (unknown.length > 0 || (args.includes('--links') && !linksFile)) {
    console.error(`Unknown or incomplete option: ${unknown.join(' ') || '--links'}\nUsage: ${usage}`);
    process.exitCode = 2;
    return;
  }
  const withDemo = !flags.includes('--no-demo');
  const file = databaseUrl();
  const db = getDb();

  const inUse = tablesWithData(db);
  if (inUse.length > 0 && !flags.includes('--reset')) {
    const holds = `${file} already holds data (${inUse.map((t) => `${t.table}: ${t.rows}`).join(', ')})`;
    if (flags.includes('--if-empty')) {
      console.log(`${holds}; left as it is. To delete everything in it and seed again: npm run db:seed -- --reset`);
      return;
    }
    console.error(
      `${holds}. The seed changed nothing.\nTo delete everything in it, the audit log included, and seed again: npm run db:seed -- --reset`,
    );
    process.exitCode = 1;
    return;
  }
  runMigrations(db);
  if (inUse.length > 0) {
    emptyDatabase(db);
    console.log(`Emptied ${file} (--reset).`);
  }
  seedEditions(db);
  console.log(
    `Seeded ${file}: editions ${loadBundledDefinitions()
      .map((d) => d.edition)
      .join(', ')}`,
  );
  if (!withDemo) return;

  const links = seedDemo(db);
  const open = links.filter((l) => l.edition === demoTargets.at(-1)!.edition);
  console.log(
    `Demo: ${demoLibraryCount} libraries; ${open.filter((l) => l.status === 'submitted').length} submitted, ${open.filter((l) => l.status === 'draft').length} drafts and ${open.filter((l) => l.status === 'not_started').length} not started in ${open[0].edition}.`,
  );
  if (linksFile) {
    fs.mkdirSync(path.dirname(path.resolve(linksFile)), { recursive: true });
    fs.writeFileSync(linksFile, stringify(links, { header: true }));
    console.log(`Invitation links written to ${linksFile} (keep this file private).`);
  }
  const example = open.find((l) => l.status === 'not_started')!;
  console.log(`\nInvitation link for ${example.library} (not started yet):\n  ${example.url}`);
  await seedDemoStaff(db);
}

// Importable by tests (seedEditions) without seeding anything.
if (process.argv[1]?.match(/cli[\\/]seed[\\/]seed\.ts$/)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
