/**
 * `npm run bench [-- <name> ...]`: runs the named benchmarks (all by default).
 * Each prints its figures beside a floor measured in the same run.
 */
import { runExportsBenchmark } from './exports';
import { runLibrariesImportBenchmark } from './libraries-import';
import { runMailingBenchmark } from './mailing';
import { runMonitoringBenchmark } from './monitoring';
import { runPageWeightBenchmark } from './page-weight';
import { runResultsBenchmark } from './results';

type Benchmark = { name: string; description: string; run: (args: string[]) => Promise<void> };

const benchmarks: Benchmark[] = [
  {
    name: 'submissions',
    description: 'PUT /api/v1/responses/{token} on npm start (server.ts) vs a bare node:http floor, 50 and 200 clients',
    run: async (args) => (await import('./submissions')).run(args),
  },
  {
    name: 'results',
    description: 'results computation at 10k/100k/1M submitted responses vs one hand-written SQL query; results page at 100k',
    run: runResultsBenchmark,
  },
  {
    name: 'monitoring',
    description: 'monitoring page and API documents at 50,000 invited libraries vs one hand-written SQL query for the same counts',
    run: runMonitoringBenchmark,
  },
  {
    name: 'libraries-import',
    description: "import-libraries of 1,000 and 33,000 libraries (past SQLite's 32,766 bound variables) vs bare prepared inserts",
    run: runLibrariesImportBenchmark,
  },
  {
    name: 'mailing',
    description:
      'an invitation mailing of 10,000 messages (--amount=N) to a local SMTP sink, throttling off, vs nodemailer sending the same messages in a bare loop',
    run: runMailingBenchmark,
  },
  {
    name: 'exports',
    description:
      'CSV and XLSX exports of 10k and 100k submitted responses (time, peak memory) vs the sqlite3 tool writing the same answers with .mode csv',
    run: runExportsBenchmark,
  },
  {
    name: 'page-weight',
    description:
      'gzipped JavaScript each main page loads (chunks and inline payload; --json, --chunks), beside the home page of the same build as the floor',
    run: runPageWeightBenchmark,
  },
];

async function main() {
  const args = process.argv.slice(2);
  const names = args.filter((a) => !a.startsWith('--'));
  const selected = names.length ? benchmarks.filter((b) => names.includes(b.name)) : benchmarks;
  if (selected.length === 0) {
    console.log(`Benchmarks: ${benchmarks.map((b) => b.name).join(', ') || '(none yet)'}`);
    return;
  }
  for (const benchmark of selected) {
    // With --json, standard output holds only the JSON.
    (args.includes('--json') ? console.error : console.log)(`\n=== ${benchmark.name}: ${benchmark.description}`);
    await benchmark.run(args);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
