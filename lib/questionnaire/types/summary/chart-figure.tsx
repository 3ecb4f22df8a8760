import { getTranslations } from 'next-intl/server';

type Layout = 'wide' | 'narrow';

/**
 * A question's chart as the results page shows it: two drawings of the same
 * figures, of which CSS shows the one that fits the box (results.css), and a
 * link to download it as SVG with the page's filters (`query`).
 */
export async function ChartFigure({
  draw,
  questionCode,
  editionCode,
  query,
}: {
  /** The SVG for a layout, with the id that keeps its drawing unique on the page. */
  draw: (layout: Layout, id: string) => string;
  questionCode: string;
  editionCode: string;
  query: string;
}) {
  const t = await getTranslations('results');
  const href = `/admin/editions/${encodeURIComponent(editionCode)}/results/${questionCode}/chart.svg${query}`;
  return (
    <figure className="results-chart">
      <div className="results-chart-wide" dangerouslySetInnerHTML={{ __html: draw('wide', `chart-${questionCode}`) }} />
      <div className="results-chart-narrow" dangerouslySetInnerHTML={{ __html: draw('narrow', `chart-${questionCode}-narrow`) }} />
      <figcaption className="no-print">
        <a href={href} download={`${editionCode}-${questionCode}.svg`}>
          {t('chart.download')}
        </a>
      </figcaption>
    </figure>
  );
}
