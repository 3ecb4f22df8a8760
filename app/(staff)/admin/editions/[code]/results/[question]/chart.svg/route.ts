import { getDb } from '@/db/client';
import { requireStaffPage } from '@/lib/auth/guard';
import { computeResultsForCode, findQuestionResult } from '@/lib/results/aggregate';
import { charts } from '@/lib/questionnaire/types/registry/server';
import { filterProblemMessage, parseResultFilters } from '@/lib/results/filters';
import messages from '@/messages/nl/results.json';

type Context = { params: Promise<{ code: string; question: string }> };

function plainText(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}

/**
 * One question's bar chart as a downloadable SVG file, with the page's
 * filters, refused and suppressed exactly as on the page: there is no chart of
 * a group that shows no figures.
 */
export async function GET(request: Request, { params }: Context) {
  await requireStaffPage('coordinator');
  const { code, question: questionCode } = await params;
  const parsed = parseResultFilters(new URL(request.url).searchParams);
  if (!parsed.ok) return plainText(400, filterProblemMessage(parsed.problem));
  const results = await computeResultsForCode({ db: getDb(), code, filters: parsed.filters });
  if (results?.suppressed) return plainText(404, messages.results.suppressed.chart);
  const question = results && findQuestionResult(results, questionCode);
  if (!results || !question) return plainText(404, 'Not found');
  const previousEdition = results.previousSuppressed ? null : (results.previousEdition?.code ?? null);
  const svg = charts[question.type](question, {
    id: `chart-${question.code}`,
    edition: results.edition.code,
    previousEdition,
    standalone: true,
  });
  // Only questions whose type draws a chart have one.
  if (svg === null) return plainText(404, 'Not found');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, {
    headers: {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Content-Disposition': `attachment; filename="${results.edition.code}-${question.code}.svg"`,
      'Cache-Control': 'no-store',
    },
  });
}
