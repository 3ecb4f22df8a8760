import type { Db } from '../client';
import { createUser } from '@/lib/auth/users';
import type { StaffRole } from '@/lib/auth/roles';

/**
 * Demo staff accounts with fixed, documented passwords: this is demo data,
 * and the end-to-end tests sign in with them (e2e/support/auth.ts). Never use
 * the demo seed for a real installation; make real accounts with
 * `npm run cli -- create-user`.
 */
export const demoStaff: Record<StaffRole, { email: string; name: string; password: string }> = {
  admin: { email: 'beheerder@demo.enquete.nl', name: 'Demo Beheerder', password: 'demo-beheerder-2023' },
  coordinator: { email: 'coordinator@demo.enquete.nl', name: 'Demo Coördinator', password: 'demo-coordinator-2023' },
};

export async function seedDemoStaff(db: Db): Promise<void> {
  const lines: string[] = [];
  for (const role of ['admin', 'coordinator'] as const) {
    const account = demoStaff[role];
    const result = await createUser({ db, email: account.email, name: account.name, role, password: account.password });
    if (!result.ok) throw new Error(`demo account ${account.email} exists already`);
    lines.push(`  ${role === 'admin' ? 'beheerder  ' : 'coördinator'}  ${account.email}  wachtwoord: ${account.password}`);
  }
  console.log(`\nDemo staff sign-in at /login (demo passwords, change them for real use):\n${lines.join('\n')}`);
}
