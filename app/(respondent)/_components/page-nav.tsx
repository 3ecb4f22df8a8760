'use client';

import { useTranslations } from 'next-intl';
import { CHECK_STEP } from '@/lib/respondent/form-post-state';

type Props = {
  checking: boolean;
  /** The question page's code; ignored on the check step. */
  pageCode: string;
  version: number;
  /** The keys the page shows, for a post without JavaScript. */
  fields: string[];
  showPrevious: boolean;
  submitting: boolean;
  onPrevious: () => void;
};

/** Volgende/Versturen and Vorige, with what an ordinary post (no JavaScript yet) needs to save the page. */
export function PageNav({ checking, pageCode, version, fields, showPrevious, submitting, onPrevious }: Props) {
  const t = useTranslations('respondent');
  return (
    <>
      <input type="hidden" name="stap" value={checking ? CHECK_STEP : pageCode} />
      <input type="hidden" name="versie" value={version} />
      {!checking && <input type="hidden" name="velden" value={fields.join(',')} />}
      {/* The primary button first: Enter in a field (implicit submission) takes the first submit button. */}
      <div className="page-nav">
        <button type="submit" name="knop" value={checking ? 'versturen' : 'volgende'} disabled={submitting}>
          {checking ? (submitting ? t('submitting') : t('submit')) : t('next')}
        </button>
        {showPrevious && (
          <button
            type="submit"
            name="knop"
            value="vorige"
            className="secondary"
            onClick={(event) => {
              event.preventDefault();
              onPrevious();
            }}
          >
            {t('previous')}
          </button>
        )}
      </div>
    </>
  );
}
