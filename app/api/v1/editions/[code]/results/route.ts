import { getDb } from '@/db/client';
import { json, jsonError } from '@/lib/api/json';
import { apiMessage } from '@/lib/api/messages';
import { staffRoute } from '@/lib/auth/guard';
import { computeResultsForCode } from '@/lib/results/aggregate';
import { resultsDocument } from '@/lib/results/api';
import { filterableLibraryColumns, parseResultFilters } from '@/lib/results/filters';

type Context = { params: Promise<{ code: string }> };

export const GET = staffRoute<Context>('coordinator', async (request, { params }) => {
  const { code } = await params;
  const { filters, unknown } = parseResultFilters(new URL(request.url).searchParams);
  if (unknown.length > 0) {
    return jsonError(400, apiMessage('unknownFilter', { names: unknown.join(', '), filters: filterableLibraryColumns.join(', ') }), {
      filters: filterableLibraryColumns,
    });
  }
  const results = computeResultsForCode({ db: getDb(), code, filters });
  if (!results) return jsonError(404, apiMessage('unknownEdition'));
  return json(resultsDocument(results));
});
