import { getTranslations } from 'next-intl/server';
import { renderBarChartSvg } from './bar-chart';
import { optionChartRows } from '../results';
import type { SummaryProps } from '../surfaces';
import { ChartFigure } from '../summary/chart-figure';
import { ResultsTable } from '../summary/results-table';

const integerFormat = new Intl.NumberFormat('nl-NL');

function formatChange(change: number): string {
  return change > 0 ? `+${change}` : change < 0 ? `−${Math.abs(change)}` : '0';
}

/** A choice question's options (and at-least-one share): a bar chart, downloadable, and a table. */
export async function ChoiceSummary({ question, editionCode, previousEdition, query }: SummaryProps) {
  const t = await getTranslations('results');
  const rows = optionChartRows(question);
  return (
    <>
      {question.multipleAnswers && <p className="hint results-multiple">{t('multipleAnswers')}</p>}
      <ChartFigure
        draw={(layout, id) => renderBarChartSvg(question, { id, edition: editionCode, previousEdition, layout })}
        questionCode={question.code}
        editionCode={editionCode}
        query={query}
      />
      <ResultsTable questionText={question.text} previousEdition={previousEdition} change>
        {rows.map((row) => {
          const change = row.percent !== null && row.previousPercent !== null ? row.percent - row.previousPercent : null;
          return (
            <tr key={row.label} className={row.emphasis ? 'results-emphasis' : undefined}>
              <th scope="row">{row.label}</th>
              <td className="numeric">{integerFormat.format(row.count)}</td>
              <td className="numeric">{row.percent === null ? t('noAnswers') : `${row.percent}%`}</td>
              {previousEdition && (
                <td className="numeric">
                  {/* The column's heading names the edition. */}
                  {row.previousPercent === null ? '–' : `${row.previousPercent}%`}
                </td>
              )}
              {previousEdition && (
                <td className="numeric" title={change === null ? undefined : t('table.changeValue', { change: formatChange(change) })}>
                  {change === null ? '–' : formatChange(change)}
                </td>
              )}
            </tr>
          );
        })}
      </ResultsTable>
    </>
  );
}
