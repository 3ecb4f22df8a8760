import { copyDatabase, type CopyProgress } from '@/db/copy';
import { databaseConfig, parseDatabaseUrl } from '@/lib/env';
import { parseArgs, type CliCommand, type CliIo } from '../command';

/** A postgres:// URL as it may be printed: without its password. */
function shown(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/** The SQLite file to read: --from, else the one DATABASE_URL names; a message when there is none. */
function sourceFile(from: string | true | undefined): { file: string } | { problem: string } {
  if (from === true) return { problem: '--from heeft een SQLite-bestand als waarde nodig.' };
  const config = from === undefined ? databaseConfig() : parseDatabaseUrl(from);
  if (config.dialect !== 'sqlite')
    return {
      problem:
        from === undefined
          ? 'DATABASE_URL wijst naar PostgreSQL; geef met --from het SQLite-bestand dat gekopieerd moet worden.'
          : '--from moet een SQLite-bestand zijn.',
    };
  if (config.file === ':memory:') return { problem: 'Een database in het geheugen (:memory:) kan niet gekopieerd worden.' };
  return { file: config.file };
}

/** Prints each table once it is done, and a large table also every 100,000 rows on the way. */
function progressPrinter(io: CliIo): (progress: CopyProgress) => void {
  let lastPrinted = 0;
  return ({ table, copied, total }) => {
    if (copied === total) {
      io.stdout(`${table}: ${total} ${total === 1 ? 'rij' : 'rijen'}\n`);
      lastPrinted = 0;
    } else if (copied - lastPrinted >= 100_000) {
      io.stdout(`${table}: ${copied} van ${total} rijen…\n`);
      lastPrinted = copied;
    }
  };
}

export const copyDatabaseCommand: CliCommand = {
  name: 'copy-database',
  usage: 'copy-database --to postgres://… [--from <sqlite-bestand>]',
  description:
    'Kopieert elke tabel van een SQLite-installatie (standaard het bestand uit DATABASE_URL), het auditlog inbegrepen, naar een lege PostgreSQL-database, die eerst wordt gemigreerd. Alles of niets: één transactie. Stop de app eerst; een database die al gegevens heeft, wordt geweigerd.',
  async run(args, io) {
    const { options } = parseArgs(args);
    const to = options.to;
    const target = typeof to === 'string' ? parseDatabaseUrl(to) : undefined;
    const source = sourceFile(options.from);
    if ('problem' in source) io.stderr(`${source.problem}\n`);
    if (target?.dialect !== 'postgres') io.stderr('--to moet een postgres://-URL zijn.\n');
    if (target?.dialect !== 'postgres' || 'problem' in source) {
      io.stderr(`Gebruik: npm run cli -- ${this.usage}\n`);
      return 2;
    }
    io.stderr(`Kopiëren van ${source.file} naar ${shown(target.url)}…\n`);
    const result = await copyDatabase({ from: source.file, to: target.url, onProgress: progressPrinter(io) });
    if (result.ok) {
      const rows = result.tables.reduce((sum, t) => sum + t.rows, 0);
      io.stdout(
        `Klaar: ${rows} rijen in ${result.tables.length} tabellen gekopieerd. Zet DATABASE_URL op de nieuwe database en start de app.\n`,
      );
      return 0;
    }
    if (result.reason === 'source-missing') io.stderr(`${source.file} bestaat niet.\n`);
    else if (result.reason === 'source-not-migrated')
      io.stderr(
        `${source.file} heeft ${result.applied} van de ${result.expected} migraties. Migreer het eerst (DATABASE_URL=${source.file} npm run db:migrate) en kopieer dan opnieuw.\n`,
      );
    else
      io.stderr(
        `De doeldatabase bevat al gegevens (${result.tables.map((t) => `${t.table}: ${t.rows}`).join(', ')}). Er is niets gekopieerd; kopieer naar een nieuwe, lege database.\n`,
      );
    return 1;
  },
};
