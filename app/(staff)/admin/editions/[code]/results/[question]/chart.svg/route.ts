import { getDb } from '@/db/client';
import { requireStaffPage } from '@/lib/auth/guard';
import { computeResultsForCode, findQuestionResult } from '@/lib/results/aggregate';
import { renderBarChartSvg } from '@/lib/results/chart';
import { parseResultFilters } from '@/lib/results/filters';

type Context = { params: Promise<{ code: string; question: string }> };

/** One question's bar chart as a downloadable SVG file, with the page's filters. */
export async function GET(request: Request, { params }: Context) {
  await requireStaffPage('coordinator');
  const { code, question: questionCode } = await params;
  const { filters } = parseResultFilters(new URL(request.url).searchParams);
  const results = computeResultsForCode({ db: getDb(), code, filters });
  const question = results && findQuestionResult(results, questionCode);
  if (!results || !question || (question.type !== 'single' && question.type !== 'multiple')) {
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  const svg = renderBarChartSvg(question, { id: `chart-${question.code}`, previousEdition: results.previousEdition?.code ?? null });
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, {
    headers: {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Content-Disposition': `attachment; filename="${results.edition.code}-${question.code}.svg"`,
      'Cache-Control': 'no-store',
    },
  });
}
