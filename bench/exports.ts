import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getEditionByCode } from '@/lib/editions/queries';
import { openBenchDatabase } from './results-data';

/**
 * `npm run bench -- exports [--amount=10000,100000]`
 *
 * The CSV and XLSX exports of an edition's N submitted responses (the
 * results benchmark's databases, built once under data/bench/), each in a
 * child process so its time and peak memory (VmHWM) are its own, beside
 * the floor: the `sqlite3` command-line tool writing the same answer rows
 * with `.mode csv` (measured with /usr/bin/time). Two sizes show whether
 * memory stays flat as the number of responses grows; each export runs once
 * more with V8's heap capped, since an uncapped peak also holds garbage V8
 * has not collected yet.
 */

const EDITION = '2022-2023';
const CAPPED_HEAP_MB = 64;

type Run = { seconds: number; peakMb: number; baselineMb?: number; bytes: number; rows?: number };

function floorQuery(editionId: number): string {
  return `select r.id, l.name, l.province, l.size_class, r.status, r.created_at, r.submitted_at, a.question_code, a.option_code, a.number_value, a.text_value
    from responses r join libraries l on l.id = r.library_id join answers a on a.response_id = r.id
    where r.edition_id = ${editionId} and r.status = 'submitted' order by r.id, a.position;`;
}

function sqliteFloorMeasured(file: string, editionId: number, out: string): Run {
  // /usr/bin/time writes its figure to stderr, which execFileSync only hands back on failure; run it through sh.
  const started = performance.now();
  const script = path.join(path.dirname(out), 'floor.sql');
  fs.writeFileSync(script, `.mode csv\n.headers on\n.output ${out}\n${floorQuery(editionId)}\n`);
  const stderr = execFileSync('sh', ['-c', `/usr/bin/time -f '%M' sqlite3 -readonly '${file}' < '${script}' 2>&1 >/dev/null`], {
    encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  return { seconds, peakMb: Number(stderr.trim().split('\n').at(-1)) / 1024, bytes: fs.statSync(out).size };
}

/** `heapMb`: V8's old space capped, to tell memory the export holds from garbage V8 has not yet collected. */
function childExport(file: string, format: string, out: string, heapMb?: number): Run {
  const cap = heapMb ? [`--max-old-space-size=${heapMb}`] : [];
  const output = execFileSync(
    process.execPath,
    [...cap, '--import', 'tsx', path.join('bench', 'exports-child.ts'), file, EDITION, format, out],
    { encoding: 'utf8' },
  );
  return JSON.parse(output.trim().split('\n').at(-1)!) as Run;
}

export async function runExportsBenchmark(args: string[]): Promise<void> {
  const amountArg = args.find((a) => a.startsWith('--amount='));
  const amounts = amountArg ? amountArg.slice('--amount='.length).split(',').map(Number) : [10_000, 100_000];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enquete-bench-exports-'));
  const lines: string[] = [];
  try {
    for (const amount of amounts) {
      const { db, file } = await openBenchDatabase(amount, (line) => console.log(line));
      const editionId = getEditionByCode({ db, code: EDITION })!.id;
      db.$client.pragma('wal_checkpoint(TRUNCATE)');
      db.$client.close();
      const floor = sqliteFloorMeasured(file, editionId, path.join(dir, 'floor.csv'));
      const csv = childExport(file, 'csv', path.join(dir, 'export.csv'));
      const xlsx = childExport(file, 'xlsx', path.join(dir, 'export.xlsx'));
      const csvCapped = childExport(file, 'csv', path.join(dir, 'export.csv'), CAPPED_HEAP_MB);
      const xlsxCapped = childExport(file, 'xlsx', path.join(dir, 'export.xlsx'), CAPPED_HEAP_MB);
      const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
      lines.push(
        `\n${EDITION}, ${amount.toLocaleString('en')} submitted responses:`,
        `  floor: sqlite3 .mode csv, the answer rows  ${floor.seconds.toFixed(2).padStart(7)} s  peak ${floor.peakMb.toFixed(0).padStart(4)} MB  (${mb(floor.bytes)})`,
        `  CSV export                                 ${csv.seconds.toFixed(2).padStart(7)} s  peak ${csv.peakMb.toFixed(0).padStart(4)} MB, ${csv.baselineMb!.toFixed(0)} MB before  (${mb(csv.bytes)}; ${(csv.seconds / floor.seconds).toFixed(2)}x the floor)`,
        `  XLSX export (with codebook and results)    ${xlsx.seconds.toFixed(2).padStart(7)} s  peak ${xlsx.peakMb.toFixed(0).padStart(4)} MB, ${xlsx.baselineMb!.toFixed(0)} MB before  (${mb(xlsx.bytes)}; ${(xlsx.seconds / csv.seconds).toFixed(2)}x the CSV)`,
        `  CSV export, ${CAPPED_HEAP_MB} MB heap                     ${csvCapped.seconds.toFixed(2).padStart(7)} s  peak ${csvCapped.peakMb.toFixed(0).padStart(4)} MB`,
        `  XLSX export, ${CAPPED_HEAP_MB} MB heap                    ${xlsxCapped.seconds.toFixed(2).padStart(7)} s  peak ${xlsxCapped.peakMb.toFixed(0).padStart(4)} MB`,
      );
      console.log(lines.slice(-6).join('\n'));
    }
    console.log(
      `\nSummary${lines.join('\n')}\n  aim: CSV within 2x of the floor, XLSX within 2x of the CSV; peak memory (64 MB heap) flat from the smallest to the largest size`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
