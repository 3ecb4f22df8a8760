import { getDb } from '@/db/client';
import { CLI_ACTOR } from '@/lib/audit/record';
import { editionMessage } from '@/lib/editions/messages';
import { setEditionDates } from '@/lib/editions/lifecycle';
import { parseArgs, type CliCommand } from '../command';
import { momentOption, printFailure, showMoment } from './edition-output';

export const editionDatesCommand: CliCommand = {
  name: 'edition-dates',
  usage: 'edition-dates --code <editie> [--opens <moment>|geen] [--closes <moment>|geen]',
  description:
    'Zet het openings- en sluitmoment (Nederlandse tijd, zoals 2024-06-30T17:00). Bij een open editie verlengt of verkort een nieuw sluitmoment de looptijd.',
  async run(args, io) {
    const { options } = parseArgs(args);
    const opens = momentOption(options, 'opens');
    const closes = momentOption(options, 'closes');
    if (
      typeof options.code !== 'string' ||
      (opens.value === undefined && closes.value === undefined && !opens.invalid && !closes.invalid)
    ) {
      io.stderr(`Gebruik: npm run cli -- ${this.usage}\n`);
      return 2;
    }
    if (opens.invalid || closes.invalid) {
      io.stderr(`--${opens.invalid ?? closes.invalid}: ${editionMessage('dateInvalid')}\n`);
      return 2;
    }
    const result = await setEditionDates({
      db: getDb(),
      code: options.code,
      actor: CLI_ACTOR,
      opensAt: opens.value,
      closesAt: closes.value,
    });
    if (!result.ok) return printFailure(io, result);
    io.stdout(
      `Editie ${result.edition.code}: opent ${showMoment(result.edition.opensAt)}, sluit ${showMoment(result.edition.closesAt)}.\n`,
    );
    return 0;
  },
};
