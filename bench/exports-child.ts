/**
 * One export in its own process, so its peak memory (VmHWM) is the export's
 * alone: `tsx bench/exports-child.ts <db file> <edition> <format> <out file>`.
 * Prints one JSON line: seconds, rows, the RSS before the export and the peak.
 */
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { openDatabase } from '@/db/client';
import { getEditionByCode } from '@/lib/editions/queries';
import { exportDownload } from '@/lib/exports/download';
import { parseExportRequest } from '@/lib/exports/request';

/**
 * This process's peak resident memory in kilobytes. Linux's VmHWM, not
 * resourceUsage().maxRSS: the kernel carries the parent's peak over into the
 * maxRSS of a child it spawns, so after the parent built the 100,000
 * database (280 MB) every export reported 280 MB.
 */
function peakRssKb(): number {
  const line = fs.existsSync('/proc/self/status') ? /^VmHWM:\s+(\d+) kB$/m.exec(fs.readFileSync('/proc/self/status', 'utf8')) : null;
  return line ? Number(line[1]) : process.resourceUsage().maxRSS;
}

async function main() {
  const [file, code, format, out] = process.argv.slice(2);
  const db = openDatabase(file);
  const edition = getEditionByCode({ db, code })!;
  const parsed = parseExportRequest(new URLSearchParams({ format }));
  if (!parsed.ok) throw new Error(parsed.message);
  const baseline = process.memoryUsage().rss;
  const started = performance.now();
  const response = await exportDownload({ db, edition, request: parsed.request, actor: { label: 'bench' } });
  await pipeline(Readable.fromWeb(response.body! as WebReadableStream<Uint8Array>), fs.createWriteStream(out));
  const seconds = (performance.now() - started) / 1000;
  console.log(
    JSON.stringify({
      seconds,
      rows: Number(response.headers.get('x-export-rows')),
      baselineMb: baseline / 2 ** 20,
      peakMb: peakRssKb() / 1024,
      bytes: fs.statSync(out).size,
    }),
  );
  db.$client.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
