'use client';

import { useTranslations } from 'next-intl';
import { printPath } from './print-path';

/**
 * The printable questionnaire of a link: with the library's answers once it
 * has started, and always empty, to prepare on paper. A preview has no link
 * to print from.
 */
export function PrintLink({ token, started }: { token: string | null; started: boolean }) {
  const t = useTranslations('respondent');
  if (token === null) return null;
  return (
    <ul className="print-link">
      {started && (
        <li>
          <a href={printPath(token, 'answers')}>{t('printAnswers')}</a>
        </li>
      )}
      <li>
        <a href={printPath(token, 'empty')}>{t('printEmpty')}</a>
      </li>
    </ul>
  );
}
