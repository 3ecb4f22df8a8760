import { getDb } from '@/db/client';
import { CLI_ACTOR } from '@/lib/audit/record';
import { createEditionFrom } from '@/lib/editions/create-from';
import { parseArgs, type CliCommand } from '../command';
import { printFailure } from './edition-output';

export const createEditionCommand: CliCommand = {
  name: 'create-edition',
  usage: 'create-edition --code <schooljaar> --from <editie>',
  description:
    'Maakt een nieuwe editie als concept, een kopie van een eerdere editie met dezelfde vraag- en antwoordcodes. Het schooljaar in titels en vraagteksten wordt vervangen; de vervangingen worden afgedrukt om te controleren.',
  async run(args, io) {
    const { options } = parseArgs(args);
    if (typeof options.code !== 'string' || typeof options.from !== 'string') {
      io.stderr(`Gebruik: npm run cli -- ${this.usage}\n`);
      return 2;
    }
    const result = await createEditionFrom({ db: getDb(), code: options.code, from: options.from, actor: CLI_ACTOR });
    if (!result.ok) return printFailure(io, result);
    io.stdout(`Editie ${result.edition.code} aangemaakt als concept, een kopie van ${options.from.trim()}.\n`);
    if (result.replacements.length === 0) {
      io.stdout('Het schooljaar kwam in geen enkele tekst voor; er is niets vervangen.\n');
    } else {
      io.stdout(
        `Controleer ${result.replacements.length === 1 ? 'deze vervanging' : `deze ${result.replacements.length} vervangingen`} van het schooljaar:\n`,
      );
      for (const r of result.replacements) io.stdout(`  ${r.path}: ${JSON.stringify(r.from)} → ${JSON.stringify(r.to)}\n`);
    }
    return 0;
  },
};
