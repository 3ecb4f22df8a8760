import { getDb } from '@/db/client';
import { CLI_ACTOR } from '@/lib/audit/record';
import { inviteLibraries } from '@/lib/invitations/invite';
import { listLibraries } from '@/lib/libraries/queries';
import { libraryNameKey } from '@/lib/libraries/text';
import { optionValues, parseArgs, type CliCommand } from '../command';
import { editionToInviteFor, invitationLinksCsv } from './invitation-links';

const reasons = { invited: 'heeft al een link', inactive: 'gedeactiveerd' } as const;

export const inviteCommand: CliCommand = {
  name: 'invite',
  usage: 'invite --edition <code> [--library <naam> ...]',
  description:
    'Nodigt de actieve bibliotheken zonder link (of alleen de genoemde) uit voor een editie en drukt hun persoonlijke links af als CSV. Bibliotheken met een link houden die.',
  async run(args, io) {
    const { options } = parseArgs(args);
    const editionCode = typeof options.edition === 'string' ? options.edition : undefined;
    if (!editionCode) {
      io.stderr(`Gebruik: npm run cli -- ${this.usage}\n`);
      return 2;
    }
    const db = getDb();
    const edition = editionToInviteFor(db, editionCode, io);
    if (typeof edition === 'number') return edition;
    const names = optionValues(args, 'library');
    let libraryIds: number[] | undefined;
    if (names.length > 0) {
      const byKey = new Map(listLibraries({ db }).map((l) => [libraryNameKey(l.name), l.id]));
      const unknown = names.filter((name) => !byKey.has(libraryNameKey(name)));
      if (unknown.length > 0) {
        for (const name of unknown) io.stderr(`Onbekende bibliotheek: ${name}\n`);
        return 2;
      }
      libraryIds = names.map((name) => byKey.get(libraryNameKey(name))!);
    }
    const result = await inviteLibraries({ db, edition, actor: CLI_ACTOR, libraryIds });
    if (!result.ok) {
      io.stderr(
        result.reason === 'closed' ? `Editie ${editionCode} is gesloten.\n` : `Onbekende bibliotheken: ${result.libraryIds.join(', ')}\n`,
      );
      return 2;
    }
    io.stdout(invitationLinksCsv(result.created));
    const count = result.created.length;
    io.stderr(`${count} ${count === 1 ? 'bibliotheek' : 'bibliotheken'} uitgenodigd voor ${edition.code}.\n`);
    if (result.skipped.length > 0) {
      io.stderr(`${result.skipped.length} overgeslagen: ${result.skipped.map((s) => `${s.name} (${reasons[s.reason]})`).join(', ')}\n`);
    }
    return 0;
  },
};
