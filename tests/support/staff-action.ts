import type { StaffUser } from '@/lib/auth/users';

/**
 * Runs a server action built with staffAction() as `user`, the way React
 * posts a form: FormData in, the action's state out. The test mocks
 * '@/lib/auth/session' so that getSessionUser() returns `signedIn.user`.
 */
export const signedIn: { user: StaffUser | null } = { user: null };

export async function submitAs<R>(
  user: StaffUser,
  action: (prevState: unknown, formData: FormData) => Promise<R>,
  fields: Record<string, string>,
): Promise<R> {
  signedIn.user = user;
  const formData = new FormData();
  for (const [name, value] of Object.entries(fields)) formData.set(name, value);
  return action(null, formData);
}
