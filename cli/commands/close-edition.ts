import { getDb } from '@/db/client';
import { CLI_ACTOR } from '@/lib/audit/record';
import { closeEdition } from '@/lib/editions/lifecycle';
import { parseArgs, type CliCommand } from '../command';
import { printFailure, showMoment } from './edition-output';

export const closeEditionCommand: CliCommand = {
  name: 'close-edition',
  usage: 'close-edition --code <editie>',
  description: 'Sluit een open editie nu, vóór haar sluitmoment. Opslaan via de links kan daarna niet meer.',
  async run(args, io) {
    const { options } = parseArgs(args);
    if (typeof options.code !== 'string') {
      io.stderr(`Gebruik: npm run cli -- ${this.usage}\n`);
      return 2;
    }
    const result = await closeEdition({ db: getDb(), code: options.code, actor: CLI_ACTOR });
    if (!result.ok) return printFailure(io, result);
    io.stdout(`Editie ${result.edition.code} is gesloten (${showMoment(result.edition.closesAt)}).\n`);
    return 0;
  },
};
