import { getTranslations } from 'next-intl/server';
import { ordinalNotes, pointLabel, renderOrdinalChartSvg } from '@/lib/figures/ordinal-chart';
import type { SummaryProps } from '../surfaces';
import { scaleOf } from './figures';
import { ChartFigure } from '../summary/chart-figure';
import { ResultsTable } from '../summary/results-table';

const integerFormat = new Intl.NumberFormat('nl-NL');

/**
 * A scale: its points in order as a bar chart (downloadable), the mean and
 * median with their base, the previous edition's, and the answer beside the
 * scale as a share of its own, in words under the chart and in a table.
 */
async function ScaleSummary({ question, editionCode, previousEdition, query }: SummaryProps) {
  const t = await getTranslations('results');
  const scale = scaleOf(question);
  return (
    <>
      <ul className="results-sentences" data-scale-figures="">
        {ordinalNotes(scale, previousEdition).map((note, i) => (
          <li key={i}>{note}</li>
        ))}
      </ul>
      <ChartFigure
        draw={(layout, id) => renderOrdinalChartSvg(question, scale, { id, edition: editionCode, previousEdition, layout })}
        questionCode={question.code}
        editionCode={editionCode}
        query={query}
      />
      <ResultsTable questionText={question.text} previousEdition={previousEdition}>
        {scale.points.map((point) => (
          <tr key={point.value}>
            <th scope="row">{pointLabel(point)}</th>
            <td className="numeric">{integerFormat.format(point.count)}</td>
            <td className="numeric">{point.percent === null ? t('noAnswers') : `${point.percent}%`}</td>
            {previousEdition && <td className="numeric">{point.previousPercent === null ? '–' : `${point.previousPercent}%`}</td>}
          </tr>
        ))}
      </ResultsTable>
    </>
  );
}

export default ScaleSummary;
