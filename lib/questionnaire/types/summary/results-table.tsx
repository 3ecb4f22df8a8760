import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';

/**
 * A question's figures as a table: its rows (answer, count, percentage, and
 * beside a previous edition its percentage and, when `change`, the change),
 * in a region a keyboard user can focus to scroll a table wider than a phone.
 */
export async function ResultsTable({
  questionText,
  previousEdition,
  change = false,
  children,
}: {
  questionText: string;
  previousEdition: string | null;
  change?: boolean;
  children: ReactNode;
}) {
  const t = await getTranslations('results');
  const caption = t('table.caption', { question: questionText });
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="results-table">
        <caption className="visually-hidden">{caption}</caption>
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
            {previousEdition && change && (
              <th scope="col" className="numeric">
                {t('table.change')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
