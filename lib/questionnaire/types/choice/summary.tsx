import { getTranslations } from 'next-intl/server';
import { renderBarChartSvg } from './bar-chart';
import { optionChartRows } from '../results';
import type { SummaryProps } from '../surfaces';

const integerFormat = new Intl.NumberFormat('nl-NL');

function formatChange(change: number): string {
  return change > 0 ? `+${change}` : change < 0 ? `−${Math.abs(change)}` : '0';
}

/** A choice question's options (and at-least-one share): a bar chart, downloadable, and a table. */
export async function ChoiceSummary({ question, editionCode, previousEdition, query }: SummaryProps) {
  const t = await getTranslations('results');
  const rows = optionChartRows(question);
  const chartHref = `/admin/editions/${encodeURIComponent(editionCode)}/results/${question.code}/chart.svg${query}`;
  return (
    <>
      {question.multipleAnswers && <p className="hint results-multiple">{t('multipleAnswers')}</p>}
      <figure className="results-chart">
        {/* Two drawings of the same figures: CSS shows the one that fits the box (results.css). */}
        <div
          className="results-chart-wide"
          dangerouslySetInnerHTML={{
            __html: renderBarChartSvg(question, { id: `chart-${question.code}`, edition: editionCode, previousEdition }),
          }}
        />
        <div
          className="results-chart-narrow"
          dangerouslySetInnerHTML={{
            __html: renderBarChartSvg(question, {
              id: `chart-${question.code}-narrow`,
              edition: editionCode,
              previousEdition,
              layout: 'narrow',
            }),
          }}
        />
        <figcaption className="no-print">
          <a href={chartHref} download={`${editionCode}-${question.code}.svg`}>
            {t('chart.download')}
          </a>
        </figcaption>
      </figure>
      {/* Focusable so that a keyboard user can scroll a table wider than a phone screen. */}
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
              {previousEdition && (
                <th scope="col" className="numeric">
                  {t('table.change')}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      </div>
    </>
  );
}
