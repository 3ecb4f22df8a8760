import type { Db } from '@/db/client';
import { CLI_ACTOR } from '@/lib/audit/record';
import { createUser } from '@/lib/auth/users';
import { demoStaffAccounts } from './staff-accounts';

/** The demo admin and coordinator; prints how to sign in. */
export async function seedDemoStaff(db: Db): Promise<void> {
  const lines: string[] = [];
  for (const role of ['admin', 'coordinator'] as const) {
    const account = demoStaffAccounts[role];
    const result = await createUser({ db, email: account.email, name: account.name, role, password: account.password, actor: CLI_ACTOR });
    if (!result.ok) throw new Error(`demo account ${account.email} exists already`);
    lines.push(
      `  ${(role === 'admin' ? 'beheerder' : 'coördinator').padEnd(12)} ${account.email.padEnd(28)} wachtwoord: ${account.password}`,
    );
  }
  console.log(`\nDemo staff sign-in at /login (demo passwords; make real accounts with npm run cli -- create-user):\n${lines.join('\n')}`);
}
