'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';

/**
 * A button for a step that is hard to undo (opening, closing): the first
 * press explains the consequence and offers the real submit button, which
 * takes focus; "Annuleren" goes back, and so does submitting.
 */
export function ConfirmSubmit({
  label,
  explanation,
  name,
  value,
  disabled,
}: {
  label: string;
  explanation: string;
  name?: string;
  value?: string;
  disabled?: boolean;
}) {
  const t = useTranslations('editions.detail.moments');
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const id = useId();

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      askRef.current?.focus();
    }
  }, [asking]);

  if (!asking) {
    return (
      <button type="button" className="secondary" ref={askRef} disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="confirm-panel" role="group" aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`}>
      <p id={`${id}-title`}>
        <strong>{t('confirmTitle')}</strong>
      </p>
      <p id={`${id}-text`}>{explanation}</p>
      <div className="form-actions">
        <button
          type="submit"
          ref={confirmRef}
          name={name}
          value={value}
          disabled={disabled}
          onClick={() => {
            // After the form has taken the submission: a refusal then shows
            // its messages with the first button back, to be confirmed anew.
            setTimeout(() => {
              returnFocus.current = true;
              setAsking(false);
            }, 0);
          }}
        >
          {t('confirm', { action: label.toLowerCase() })}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            returnFocus.current = true;
            setAsking(false);
          }}
        >
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
