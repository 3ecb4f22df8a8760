import type { Db } from '../client';

/** Demo staff accounts; filled in by the staff sign-in work. */
export async function seedDemoStaff(_db: Db): Promise<void> {}
