import { z } from 'zod';
import { provinces } from '@/lib/libraries/provinces';
import type { LibraryStatus } from '@/lib/libraries/queries';

export type LibrarySearch = { q?: string; province?: string; status: LibraryStatus };

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);

// Anything unexpected in the URL is ignored rather than refused: it is a search.
const searchSchema = z.object({
  q: z.preprocess(single, z.string().trim().max(200).optional()).catch(undefined),
  provincie: z.preprocess(single, z.enum(provinces).optional()).catch(undefined),
  status: z.preprocess(single, z.enum(['all', 'active', 'inactive']).optional()).catch(undefined),
});

export function parseLibrarySearch(params: Record<string, string | string[] | undefined>): LibrarySearch {
  const { q, provincie, status } = searchSchema.parse(params);
  return { q: q || undefined, province: provincie, status: status ?? 'all' };
}
