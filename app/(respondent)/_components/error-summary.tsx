'use client';

import { forwardRef } from 'react';
import { useTranslations } from 'next-intl';

export type SummaryEntry = { key: string; message: string; targetId: string };

/** Lists what blocks the next step, each entry a link that moves focus to its field; the messages name their question. */
export const ErrorSummary = forwardRef<HTMLDivElement, { entries: SummaryEntry[] }>(function ErrorSummary({ entries }, ref) {
  const t = useTranslations('respondent');
  return (
    <div ref={ref} className="alert error error-summary" role="alert" tabIndex={-1} aria-labelledby="foutoverzicht-titel">
      <h2 id="foutoverzicht-titel">{t('errorSummaryTitle')}</h2>
      <p>{t('errorSummaryIntro', { count: entries.length })}</p>
      <ul>
        {entries.map((entry) => (
          <li key={entry.key}>
            <a
              href={`#${entry.targetId}`}
              onClick={(event) => {
                event.preventDefault();
                const target = document.getElementById(entry.targetId);
                target?.scrollIntoView({ block: 'center' });
                target?.focus();
              }}
            >
              {entry.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
});
