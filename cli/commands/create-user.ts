import { CLI_ACTOR } from '@/lib/audit/record';
import { getDb } from '@/db/client';
import { MIN_PASSWORD_LENGTH, newPasswordSchema } from '@/lib/auth/password';
import { isStaffRole } from '@/lib/auth/roles';
import { createUser } from '@/lib/auth/users';
import { z } from 'zod';
import { parseArgs, type CliCommand } from '../command';

export const createUserCommand: CliCommand = {
  name: 'create-user',
  usage: 'create-user --email <e-mailadres> --role admin|coordinator [--name <naam>]  (wachtwoord via standaardinvoer)',
  description: `Maakt een account voor een medewerker. Het wachtwoord (minstens ${MIN_PASSWORD_LENGTH} tekens) komt van standaardinvoer, bijvoorbeeld: printf '%s' "$WACHTWOORD" | npm run cli -- create-user ...`,
  async run(args, io) {
    const { options } = parseArgs(args);
    const email = typeof options.email === 'string' ? options.email.trim() : '';
    const role = options.role;
    const name = typeof options.name === 'string' ? options.name : undefined;
    if (!email || !isStaffRole(role)) {
      io.stderr(`Gebruik: npm run cli -- ${this.usage}\n`);
      return 2;
    }
    if (!z.string().email().safeParse(email).success) {
      io.stderr(`Ongeldig e-mailadres: ${email}\n`);
      return 2;
    }
    // One line; a trailing newline from `echo` or a here-string is not part of the password.
    const password = (await io.readStdin()).replace(/\r?\n$/, '');
    if (!password) {
      io.stderr(
        `Geen wachtwoord ontvangen. Geef het via standaardinvoer, bijvoorbeeld: printf '%s' "$WACHTWOORD" | npm run cli -- create-user --email ${email} --role ${role}\n`,
      );
      return 2;
    }
    const checked = newPasswordSchema.safeParse(password);
    if (!checked.success) {
      io.stderr(`${checked.error.issues[0].message} Er is geen account aangemaakt.\n`);
      return 1;
    }
    const result = await createUser({ db: getDb(), email, name, role, password, actor: CLI_ACTOR });
    if (!result.ok) {
      io.stderr(`Er is al een account met e-mailadres ${email}. Er is niets gewijzigd.\n`);
      return 1;
    }
    io.stdout(`Account aangemaakt: ${result.user.email} (${role === 'admin' ? 'beheerder' : 'coördinator'}).\n`);
    return 0;
  },
};
