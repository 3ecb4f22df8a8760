import { getTranslations } from 'next-intl/server';
import { ordinalNotes, pointLabel, renderOrdinalChartSvg } from '@/lib/figures/ordinal-chart';
import type { SummaryProps } from '../surfaces';
import { scaleOf } from './figures';

const integerFormat = new Intl.NumberFormat('nl-NL');

/**
 * A scale: its points in order as a bar chart (downloadable), the mean and
 * median with their base, the previous edition's, and the answer beside the
 * scale as a share of its own, in words under the chart and in a table.
 */
async function ScaleSummary({ question, editionCode, previousEdition, query }: SummaryProps) {
  const t = await getTranslations('results');
  const scale = scaleOf(question);
  const chartHref = `/admin/editions/${encodeURIComponent(editionCode)}/results/${question.code}/chart.svg${query}`;
  const chart = (layout: 'wide' | 'narrow') =>
    renderOrdinalChartSvg(question, scale, {
      id: `chart-${question.code}${layout === 'narrow' ? '-narrow' : ''}`,
      edition: editionCode,
      previousEdition,
      layout,
    });
  return (
    <>
      <ul className="results-sentences" data-scale-figures="">
        {ordinalNotes(scale, previousEdition).map((note, i) => (
          <li key={i}>{note}</li>
        ))}
      </ul>
      <figure className="results-chart">
        {/* Two drawings of the same figures: CSS shows the one that fits the box (results.css). */}
        <div className="results-chart-wide" dangerouslySetInnerHTML={{ __html: chart('wide') }} />
        <div className="results-chart-narrow" dangerouslySetInnerHTML={{ __html: chart('narrow') }} />
        <figcaption className="no-print">
          <a href={chartHref} download={`${editionCode}-${question.code}.svg`}>
            {t('chart.download')}
          </a>
        </figcaption>
      </figure>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('table.caption', { question: question.text })}>
        <table className="results-table">
          <caption className="visually-hidden">{t('table.caption', { question: question.text })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.option')}</th>
              <th scope="col" className="numeric">
                {t('table.count')}
              </th>
              <th scope="col" className="numeric">
                {t('table.percent')}
              </th>
              {previousEdition && (
                <th scope="col" className="numeric">
                  {t('table.previous', { edition: previousEdition })}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {scale.points.map((point) => (
              <tr key={point.value}>
                <th scope="row">{pointLabel(point)}</th>
                <td className="numeric">{integerFormat.format(point.count)}</td>
                <td className="numeric">{point.percent === null ? t('noAnswers') : `${point.percent}%`}</td>
                {previousEdition && <td className="numeric">{point.previousPercent === null ? '–' : `${point.previousPercent}%`}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export default ScaleSummary;
