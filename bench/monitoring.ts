import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { seedEditions } from '@/cli/seed/seed';
import { getEditionByCode } from '@/lib/editions/queries';
import { provinces } from '@/lib/libraries/provinces';
import { monitoringDocument } from '@/lib/monitoring/api';
import { toLiveData } from '@/lib/monitoring/live';
import { monitoringPage } from '@/lib/monitoring/overview';

/**
 * `npm run bench -- monitoring [--libraries=50000]`
 *
 * The monitoring page's document (figures per province and size class, both
 * editions' curves and its SVG, the first 50 rows) and the API's (figures
 * and every library) at 50,000 invited libraries, against the floor: the
 * same counts by one hand-written SQL statement through better-sqlite3, in
 * the same run on the same file. Libraries are spread over the four statuses
 * (40% submitted, 15% started, 15% opened, 30% not opened).
 */

const EDITION = '2022-2023';
const DAY = 86_400_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function build(db: Db, count: number): void {
  const edition = getEditionByCode({ db, code: EDITION })!;
  const previous = edition.previousEditionId!;
  const sizes = ['small', 'medium', 'large', null];
  const addLibrary = db.$client.prepare('insert into libraries (name, province, email, size_class) values (?, ?, ?, ?)');
  const addInvitation = db.$client.prepare(
    'insert into invitations (edition_id, library_id, token_hash, created_at, first_opened_at, reminder_count) values (?, ?, ?, ?, ?, ?)',
  );
  const addResponse = db.$client.prepare(
    'insert into responses (edition_id, library_id, status, created_at, updated_at, submitted_at) values (?, ?, ?, ?, ?, ?)',
  );
  const start = edition.opensAt!.getTime();
  const previousStart = getEditionByCode({ db, code: '2021-2022' })!.opensAt!.getTime();
  db.$client.transaction(() => {
    for (let i = 0; i < count; i++) {
      const libraryId = Number(
        addLibrary.run(`Bibliotheek ${i}`, provinces[i % provinces.length], `info${i}@bibliotheek.nl`, sizes[i % 4]).lastInsertRowid,
      );
      const roll = (i * 7919) % 100;
      const at = start + ((i * 104_729) % (28 * DAY));
      const status = roll < 40 ? 'submitted' : roll < 55 ? 'started' : roll < 70 ? 'opened' : 'not_opened';
      addInvitation.run(edition.id, libraryId, `bench-${i}`, start, status === 'not_opened' ? null : at, roll % 3);
      if (status === 'submitted' || status === 'started')
        addResponse.run(edition.id, libraryId, status === 'submitted' ? 'submitted' : 'draft', at, at, status === 'submitted' ? at : null);
      // Last year: most had sent theirs, spread over its collection period.
      addInvitation.run(previous, libraryId, `bench-previous-${i}`, previousStart, previousStart, 0);
      if (roll < 70) {
        const sent = previousStart + ((i * 15_485_863) % (60 * DAY));
        addResponse.run(previous, libraryId, 'submitted', sent, sent, sent);
      }
    }
  })();
  db.$client.exec('analyze');
}

/** The floor: every figure of the page and the API (counts per province and size class) in one statement, shaped by nothing. */
function floorStatement(db: Db, editionId: number) {
  return db.$client.prepare(`
    select l.province, l.size_class, count(*) as invited,
           count(*) filter (where r.id is null and i.first_opened_at is null) as not_opened,
           count(*) filter (where r.id is null and i.first_opened_at is not null) as opened,
           count(*) filter (where r.status = 'draft') as started,
           count(*) filter (where r.status = 'submitted') as submitted
      from invitations i
      join libraries l on l.id = i.library_id
      left join responses r on r.edition_id = i.edition_id and r.library_id = i.library_id
     where i.edition_id = ${editionId} and l.deactivated_at is null
     group by l.province, l.size_class`);
}

/** The list's floor: every library's fields for the API, in one statement, without Dates or JSON. */
function floorListStatement(db: Db, editionId: number) {
  return db.$client.prepare(`
    select l.name, l.province, l.email, r.status, i.first_opened_at, r.updated_at, i.created_at, i.reminder_count
      from invitations i
      join libraries l on l.id = i.library_id
      left join responses r on r.edition_id = i.edition_id and r.library_id = i.library_id
     where i.edition_id = ${editionId} and l.deactivated_at is null
     order by l.name`);
}

async function time(fn: () => unknown, repeats: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

export async function runMonitoringBenchmark(args: string[]): Promise<void> {
  const countArg = args.find((a) => a.startsWith('--libraries='));
  const count = countArg ? Number(countArg.slice('--libraries='.length)) : 50_000;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enquete-bench-monitoring-'));
  const file = path.join(dir, 'monitoring.db');
  const db = openDatabase(file);
  try {
    runMigrations(db);
    seedEditions(db);
    const t = performance.now();
    build(db, count);
    console.log(
      `built ${count.toLocaleString('en')} invited libraries (and last year's) in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
    const edition = getEditionByCode({ db, code: EDITION })!;
    const floor = floorStatement(db, edition.id);
    const floorList = floorListStatement(db, edition.id);
    const pageDocument = async () => {
      const page = (await monitoringPage({
        db,
        code: EDITION,
        filters: {},
        limit: 50,
        offset: 0,
        groupSort: { key: 'name', direction: 'asc' },
      }))!;
      return JSON.stringify(toLiveData(page));
    };
    const notOpenedPage = () =>
      monitoringPage({
        db,
        code: EDITION,
        filters: { status: 'not_opened', province: 'Utrecht' },
        limit: 50,
        offset: 0,
        groupSort: { key: 'responseRate', direction: 'desc' },
      });
    const apiDocument = async () => JSON.stringify(await monitoringDocument({ db, code: EDITION }));

    // Warm, and check ours and the floor agree.
    const ours = (await monitoringDocument({ db, code: EDITION }))!;
    const floorRows = floor.all() as { invited: number; submitted: number; not_opened: number }[];
    const sum = (key: 'invited' | 'submitted' | 'not_opened') => floorRows.reduce((s, r) => s + r[key], 0);
    if (
      ours.totals.invited !== sum('invited') ||
      ours.totals.submitted !== sum('submitted') ||
      ours.totals.notOpened !== sum('not_opened') ||
      ours.libraries.length !== count
    ) {
      throw new Error('monitoring and floor disagree');
    }
    await pageDocument();
    floorList.all();

    const repeats = 7;
    const r = {
      floor: await time(() => floor.all(), repeats),
      page: await time(pageDocument, repeats),
      filtered: await time(notOpenedPage, repeats),
      floorList: await time(() => floorList.all(), repeats),
      apiObjects: await time(() => monitoringDocument({ db, code: EDITION }), repeats),
      api: await time(apiDocument, repeats),
    };
    console.log(
      `\nMonitoring of ${EDITION} at ${count.toLocaleString('en')} invited libraries (${ours.totals.submitted.toLocaleString('en')} submitted), median of ${repeats} runs:`,
    );
    console.log(`  floor: the counts in one hand-written SQL statement        ${r.floor.toFixed(1).padStart(7)} ms`);
    console.log(
      `  page document (figures, groups, curves + SVG, 50 rows)     ${r.page.toFixed(1).padStart(7)} ms  (${(r.page / r.floor).toFixed(2)}x the floor)`,
    );
    console.log(`  page document, filtered (not opened in Utrecht, by rate)  ${r.filtered.toFixed(1).padStart(7)} ms`);
    console.log(`  floor: every library's row in one hand-written statement   ${r.floorList.toFixed(1).padStart(7)} ms`);
    console.log(
      `  API document with all ${count.toLocaleString('en')} libraries, before JSON       ${r.apiObjects.toFixed(1).padStart(7)} ms  (${(r.apiObjects / (r.floor + r.floorList)).toFixed(2)}x both floors)`,
    );
    console.log(
      `  API document with all ${count.toLocaleString('en')} libraries, as JSON text      ${r.api.toFixed(1).padStart(7)} ms  (${(r.api / (r.floor + r.floorList)).toFixed(2)}x both floors)`,
    );
    const verdict = (v: number) => (v < 300 ? 'met' : 'NOT met');
    console.log(`  aim < 300 ms: page ${verdict(r.page)}; API ${verdict(r.api)}`);
  } finally {
    db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
