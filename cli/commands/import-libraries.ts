import fs from 'node:fs';
import { getDb } from '@/db/client';
import { CLI_ACTOR } from '@/lib/audit/record';
import { importLibrariesAndInvite } from '@/lib/invitations/import';
import { parseLibrariesCsv } from '@/lib/libraries/import';
import { parseArgs, type CliCommand } from '../command';
import { editionToInviteFor, invitationLinksCsv } from './invitation-links';

export const importLibraries: CliCommand = {
  name: 'import-libraries',
  usage: 'import-libraries <bestand.csv> --edition <code> [--reissue]',
  description:
    'Leest bibliotheken (kolommen name, province, email, optioneel size_class: klein, middelgroot of groot) en drukt per bibliotheek de persoonlijke link af als CSV. Een fout bestand importeert niets.',
  async run(args, io) {
    const { positional, options } = parseArgs(args);
    const file = positional[0];
    const editionCode = typeof options.edition === 'string' ? options.edition : undefined;
    if (!file || !editionCode) {
      io.stderr(`Gebruik: npm run cli -- ${this.usage}\n`);
      return 2;
    }
    if (!fs.existsSync(file)) {
      io.stderr(`Bestand niet gevonden: ${file}\n`);
      return 2;
    }
    const db = getDb();
    const edition = editionToInviteFor(db, editionCode, io);
    if (typeof edition === 'number') return edition;
    const { rows, problems } = parseLibrariesCsv(fs.readFileSync(file));
    const result =
      problems.length > 0
        ? { ok: false as const, problems }
        : await importLibrariesAndInvite({ db, edition, rows, actor: CLI_ACTOR, reissue: options.reissue === true });
    if (!result.ok) {
      for (const problem of result.problems) io.stderr(`${file}:${problem.line}: ${problem.message}\n`);
      io.stderr(`Niets geïmporteerd: ${result.problems.length} ${result.problems.length === 1 ? 'fout' : 'fouten'}.\n`);
      return 1;
    }
    io.stdout(invitationLinksCsv(result.invitations));
    const created = result.invitations.filter((i) => i.created).length;
    const count = result.invitations.length;
    io.stderr(
      `${count} ${count === 1 ? 'bibliotheek' : 'bibliotheken'} uitgenodigd voor ${edition.code} (${created} nieuw). Bewaar deze links vertrouwelijk. Coördinatoren kunnen een link later opnieuw tonen op de uitnodigingenpagina van de editie.\n`,
    );
    return 0;
  },
};
