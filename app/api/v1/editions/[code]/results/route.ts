import { getDb } from '@/db/client';
import { json, jsonError } from '@/lib/api/json';
import { apiMessage } from '@/lib/api/messages';
import { staffRoute } from '@/lib/auth/guard';
import { computeResultsForCode } from '@/lib/results/aggregate';
import { resultsDocument } from '@/lib/results/api';
import { filterProblemMessage, parseResultFilters } from '@/lib/results/filters';
import { groupingAttributeNames } from '@/lib/results/grouping';

type Context = { params: Promise<{ code: string }> };

export const GET = staffRoute<Context>('coordinator', async (request, { params }) => {
  const { code } = await params;
  const parsed = parseResultFilters(new URL(request.url).searchParams);
  if (!parsed.ok) return jsonError(400, filterProblemMessage(parsed.problem), { filters: groupingAttributeNames });
  const results = computeResultsForCode({ db: getDb(), code, filters: parsed.filters });
  if (!results) return jsonError(404, apiMessage('unknownEdition'));
  return json(resultsDocument(results));
});
