'use client';

import { useTranslations } from 'next-intl';

/** The printable questionnaire of a link; a preview has no link to print from. */
export function PrintLink({ token }: { token: string | null }) {
  const t = useTranslations('respondent');
  if (token === null) return null;
  return (
    <p className="print-link">
      <a href={`/r/${token}/afdrukken`}>{t('print')}</a>
    </p>
  );
}
