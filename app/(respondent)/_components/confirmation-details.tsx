'use client';

import { useTranslations } from 'next-intl';
import type { CurrentResponse } from '@/lib/responses/queries';

/** Below the confirmation's heading: the sending's reference and what happens next (a preview has no reference and sends no receipt). */
export function ConfirmationDetails({ response, libraryName }: { response: CurrentResponse; libraryName: string }) {
  const t = useTranslations('respondent.confirmation');
  return (
    <>
      {response.reference && (
        <>
          <p className="reference">{t('reference', { reference: response.reference })}</p>
          <p>{t('referenceHint')}</p>
        </>
      )}
      <h2>{t('nextTitle')}</h2>
      <p>{t('next')}</p>
      {response.reference && <p>{t('receipt', { library: libraryName })}</p>}
    </>
  );
}
