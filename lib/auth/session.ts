import { getServerSession } from 'next-auth';
import { getDb } from '@/db/client';
import { getAuthOptions } from './options';
import { findActiveUserById, type StaffUser } from './users';

/**
 * The signed-in staff member as the database knows them now, or null. A valid
 * cookie of a since disabled or deleted account counts as signed out.
 */
export async function getSessionUser(): Promise<StaffUser | null> {
  const session = (await getServerSession(getAuthOptions())) as { uid?: unknown } | null;
  const id = session?.uid;
  if (typeof id !== 'number' || !Number.isInteger(id)) return null;
  return findActiveUserById({ db: getDb(), id }) ?? null;
}
