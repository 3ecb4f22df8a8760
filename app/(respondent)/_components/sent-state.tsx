'use client';

import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { CurrentResponse } from '@/lib/responses/queries';

const dateFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });

/**
 * Above the form of a response that was sent before: when, and whether the
 * changes on screen count yet (they do not until sent; the sent answers do).
 * Changes can be thrown away here, after a second click, since they are lost.
 */
export function SentState({ response, onDiscard }: { response: CurrentResponse; onDiscard: () => Promise<boolean> }) {
  const t = useTranslations('respondent.sentState');
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const discardRef = useRef<HTMLButtonElement>(null);
  // The button that was clicked disappears: focus goes to the one replacing
  // it. Set with the state change that swaps them; read after that render.
  const focusRef = useRef<'confirm' | 'discard' | null>(null);

  useEffect(() => {
    if (focusRef.current === 'confirm') confirmRef.current?.focus();
    if (focusRef.current === 'discard') discardRef.current?.focus();
    focusRef.current = null;
  });

  if (!response.submittedAt) return null;
  const date = dateFormat.format(new Date(response.submittedAt));

  // Changed before changes were kept apart from a submission (docs/architecture.md).
  if (response.status !== 'submitted') {
    return (
      <section className="alert warning" aria-labelledby="verzendstatus">
        <h2 id="verzendstatus">{t('changedTitle', { date })}</h2>
        <p>{t('changedSinceSent')}</p>
      </section>
    );
  }

  const discard = async () => {
    setBusy(true);
    setFailed(false);
    const discarded = await onDiscard();
    setBusy(false);
    if (!discarded) setFailed(true);
  };

  return (
    <section className={response.pendingChanges ? 'alert warning' : 'alert'} aria-labelledby="verzendstatus">
      <h2 id="verzendstatus">{t('title', { date })}</h2>
      <p>{response.pendingChanges ? t('pendingChanges') : t('noChanges')}</p>
      {response.pendingChanges &&
        (asking ? (
          <>
            <p>{t('discardQuestion')}</p>
            <p className="sent-state-actions">
              <button ref={confirmRef} type="button" disabled={busy} onClick={() => void discard()}>
                {t('discardConfirm')}
              </button>
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  setAsking(false);
                  setFailed(false);
                  focusRef.current = 'discard';
                }}
              >
                {t('discardCancel')}
              </button>
            </p>
          </>
        ) : (
          <button
            ref={discardRef}
            type="button"
            className="secondary"
            onClick={() => {
              setAsking(true);
              focusRef.current = 'confirm';
            }}
          >
            {t('discard')}
          </button>
        ))}
      {failed && <p role="alert">{t('discardFailed')}</p>}
    </section>
  );
}
