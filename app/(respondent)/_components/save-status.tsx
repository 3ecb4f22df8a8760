'use client';

import { useTranslations } from 'next-intl';
import type { SaveStatus } from './use-autosave';

const timeFormat = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' });

export function formatTime(iso: string): string {
  return timeFormat.format(new Date(iso));
}

/** The autosave's state in words; polite so it never interrupts typing. */
export function SaveStatusLine({ status, savedAt, onRetry }: { status: SaveStatus; savedAt: string | null; onRetry: () => void }) {
  const t = useTranslations('respondent.status');
  let text: string;
  if (status === 'saving') text = t('saving');
  else if (status === 'failed') text = t('failed');
  else if (status === 'invalid') text = t('invalid');
  else if (savedAt) text = t('saved', { time: formatTime(savedAt) });
  else text = t('idle');
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
