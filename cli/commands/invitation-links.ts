import { stringify } from 'csv-stringify/sync';
import type { Db } from '@/db/client';
import { editionPhase } from '@/lib/editions/phase';
import { getEditionByCode, type Edition } from '@/lib/editions/queries';
import type { CliIo } from '../command';

type Link = { name: string; province: string; email: string; token: string; url: string };

/**
 * The edition named to invite libraries for, or the exit code after saying
 * why not: unknown, or closed (its links could only show "gesloten", so
 * inviting then is a mistake).
 */
export function editionToInviteFor(db: Db, code: string, io: CliIo): Edition | number {
  const edition = getEditionByCode({ db, code });
  if (!edition) {
    io.stderr(`Onbekende editie: ${code}\n`);
    return 2;
  }
  if (editionPhase(edition) === 'closed') {
    io.stderr(`Editie ${code} is gesloten: er kunnen geen bibliotheken meer voor worden uitgenodigd.\n`);
    return 2;
  }
  return edition;
}

/** The invitation links as the CSV that `invite` and `import-libraries` print, one row per library. */
export function invitationLinksCsv(links: readonly Link[]): string {
  return stringify(
    links.map(({ name, province, email, token, url }) => ({ name, province, email, token, url })),
    // A cell opening with = + - @ (or a tab or CR) would run as a formula in a
    // spreadsheet (OWASP, CSV injection): such a cell gets a leading '.
    { header: true, columns: ['name', 'province', 'email', 'token', 'url'], escape_formulas: true },
  );
}
