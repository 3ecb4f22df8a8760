import { getDb } from '@/db/client';
import { json } from '@/lib/api/json';
import { staffRoute } from '@/lib/auth/guard';
import { AppError } from '@/lib/errors';
import { computeResultsForCode } from '@/lib/results/aggregate';
import { resultsDocument } from '@/lib/results/api';
import { filterProblemMessage, parseResultFilters } from '@/lib/results/filters';
import { groupingAttributeNames } from '@/lib/results/grouping';

type Context = { params: Promise<{ code: string }> };

export const GET = staffRoute<Context>('coordinator', async (request, { params }) => {
  const { code } = await params;
  const parsed = parseResultFilters(new URL(request.url).searchParams);
  if (!parsed.ok)
    throw new AppError('bad_request', { message: filterProblemMessage(parsed.problem), details: { filters: groupingAttributeNames } });
  const results = await computeResultsForCode({ db: getDb(), code, filters: parsed.filters });
  if (!results) throw new AppError('unknown_edition');
  return json(resultsDocument(results));
});
