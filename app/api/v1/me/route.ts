import { json } from '@/lib/api/json';
import { staffRoute } from '@/lib/auth/guard';

/** Who the API thinks you are: lets a script check its key (or a session) before real calls. */
export const GET = staffRoute('coordinator', async (_request, _context: unknown, caller) =>
  json(
    caller.kind === 'user'
      ? { kind: 'user', email: caller.user.email, name: caller.user.name, role: caller.user.role }
      : { kind: 'apiKey', name: caller.name, role: caller.role },
  ),
);
