import { getDb } from '@/db/client';
import { CLI_ACTOR } from '@/lib/audit/record';
import { editionMessage } from '@/lib/editions/messages';
import { openEdition } from '@/lib/editions/lifecycle';
import { parseArgs, type CliCommand } from '../command';
import { momentOption, printFailure, showMoment } from './edition-output';

export const openEditionCommand: CliCommand = {
  name: 'open-edition',
  usage: 'open-edition --code <editie> [--opens <moment>] [--closes <moment>]',
  description:
    'Opent een editie (of opent een vroegtijdig gesloten editie opnieuw). Momenten in Nederlandse tijd, zoals 2024-06-30T17:00; zonder --opens opent de editie nu. Op het sluitmoment sluit de editie vanzelf.',
  async run(args, io) {
    const { options } = parseArgs(args);
    if (typeof options.code !== 'string') {
      io.stderr(`Gebruik: npm run cli -- ${this.usage}\n`);
      return 2;
    }
    const opens = momentOption(options, 'opens');
    const closes = momentOption(options, 'closes');
    if (opens.invalid || closes.invalid) {
      io.stderr(`--${opens.invalid ?? closes.invalid}: ${editionMessage('dateInvalid')}\n`);
      return 2;
    }
    const result = await openEdition({ db: getDb(), code: options.code, actor: CLI_ACTOR, opensAt: opens.value, closesAt: closes.value });
    if (!result.ok) return printFailure(io, result);
    const { edition } = result;
    const scheduled = edition.opensAt && edition.opensAt.getTime() > Date.now();
    io.stdout(
      scheduled
        ? `Editie ${edition.code} opent op ${showMoment(edition.opensAt)} en sluit op ${showMoment(edition.closesAt)}.\n`
        : `Editie ${edition.code} is open tot ${showMoment(edition.closesAt)}.\n`,
    );
    return 0;
  },
};
