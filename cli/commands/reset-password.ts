import { CLI_ACTOR } from '@/lib/audit/record';
import { getDb } from '@/db/client';
import { MIN_PASSWORD_LENGTH, newPasswordSchema } from '@/lib/auth/password';
import { generatePassword, resetUserPassword } from '@/lib/auth/password-reset';
import { findUserByEmail } from '@/lib/auth/users';
import { parseArgs, type CliCommand } from '../command';

export const resetPasswordCommand: CliCommand = {
  name: 'reset-password',
  usage: 'reset-password <e-mailadres> [--generate]  (wachtwoord via standaardinvoer, of --generate)',
  description: `Stelt het wachtwoord van een account opnieuw in en beëindigt de sessies van dat account. Het nieuwe wachtwoord (minstens ${MIN_PASSWORD_LENGTH} tekens) komt van standaardinvoer, of met --generate wordt er een gemaakt en getoond.`,
  async run(args, io) {
    const { positional, options } = parseArgs(args);
    const email = positional[0]?.trim() ?? '';
    if (!email || positional.length > 1) {
      io.stderr(`Gebruik: npm run cli -- ${this.usage}\n`);
      return 2;
    }
    const user = await findUserByEmail({ db: getDb(), email });
    if (!user) {
      io.stderr(`Er is geen account met e-mailadres ${email}. Er is niets gewijzigd.\n`);
      return 1;
    }
    const generate = options.generate === true;
    // One line; a trailing newline from `echo` or a here-string is not part of the password.
    const password = generate ? generatePassword() : (await io.readStdin()).replace(/\r?\n$/, '');
    if (!password) {
      io.stderr(
        `Geen wachtwoord ontvangen. Geef het via standaardinvoer, bijvoorbeeld: printf '%s' "$WACHTWOORD" | npm run cli -- reset-password ${email}, of gebruik --generate.\n`,
      );
      return 2;
    }
    const checked = newPasswordSchema.safeParse(password);
    if (!checked.success) {
      io.stderr(`${checked.error.issues[0].message} Er is niets gewijzigd.\n`);
      return 1;
    }
    const result = await resetUserPassword({ db: getDb(), id: user.id, password, generated: generate, actor: CLI_ACTOR });
    if (!result.ok) {
      io.stderr(`Er is geen account met e-mailadres ${email}. Er is niets gewijzigd.\n`);
      return 1;
    }
    io.stdout(`Wachtwoord opnieuw ingesteld voor ${result.email}; de sessies van dat account zijn beëindigd.\n`);
    // Alone on the last line, so a script can take it.
    if (generate) io.stdout(`${password}\n`);
    return 0;
  },
};
