import { getServerSession } from 'next-auth';
import { getDb } from '@/db/client';
import { getAuthOptions } from './options';
import { findSessionUser, type StaffUser } from './users';

/**
 * The signed-in staff member as the database knows them now, or null. A valid
 * cookie of a since disabled or deleted account, or one issued before the
 * user last signed out, counts as signed out.
 */
export async function getSessionUser(): Promise<StaffUser | null> {
  const session = (await getServerSession(getAuthOptions())) as { uid?: unknown; issuedAtMs?: unknown } | null;
  const id = session?.uid;
  const issuedAt = session?.issuedAtMs;
  if (typeof id !== 'number' || !Number.isInteger(id) || typeof issuedAt !== 'number') return null;
  return (await findSessionUser({ db: getDb(), id, issuedAt })) ?? null;
}
