'use client';

import { useTranslations } from 'next-intl';
import type { SaveStatus } from './use-autosave';

const timeFormat = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' });

const dayFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', timeZone: 'Europe/Amsterdam' });

function isToday(date: Date): boolean {
  return dayFormat.format(date) === dayFormat.format(new Date());
}

/** The autosave's state in words; polite so it never interrupts typing. */
export function SaveStatusLine({ status, savedAt, onRetry }: { status: SaveStatus; savedAt: string | null; onRetry: () => void }) {
  const t = useTranslations('respondent.status');
  let text: string;
  if (status === 'saving') text = t('saving');
  else if (status === 'failed') text = t('failed');
  else if (status === 'invalid') text = t('invalid');
  else if (savedAt) {
    // An earlier day's save (a draft from last week) says which day.
    const date = new Date(savedAt);
    const time = timeFormat.format(date);
    text = isToday(date) ? t('saved', { time }) : t('savedOn', { date: dayFormat.format(date), time });
  } else text = t('idle');
  return (
    <div className={`save-status save-status-${status}`}>
      <p role="status" aria-live="polite">
        {text}
      </p>
      {status === 'failed' && (
        <button type="button" className="secondary small" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}
