'use client';

import { useTranslations } from 'next-intl';
import { countInWords } from '@/lib/questionnaire/number-words';

/**
 * The most answers a question takes and how many are chosen, between the
 * question and its options, so that a phone shows it before ten options; at
 * the limit it says what to do, and the unavailable options point here.
 */
export function ChoiceLimit({ id, max, count, reached }: { id: string; max: number; count: number; reached: boolean }) {
  const t = useTranslations('respondent.choiceLimit');
  return (
    <div id={id} className={reached ? 'choice-limit reached' : 'choice-limit'}>
      <p>{t('rule', { max, maxWord: countInWords(max) })}</p>
      <p className="choice-count" aria-live="polite">
        {t(reached ? 'reached' : 'count', { count, max })}
      </p>
    </div>
  );
}
