'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { FieldError, FormOutcome, type FormState } from '../../../form-parts';
import { importLibrariesAction, type ImportState } from '../actions';

/**
 * Uploads a CSV to the same parser and import as the CLI. A file over the
 * limit is stopped here, before it is sent; the server checks it again.
 */
export function ImportForm({ maxBytes }: { maxBytes: number }) {
  const t = useTranslations('libraries');
  const [state, formAction, pending] = useActionState(importLibrariesAction, null);
  const [tooLarge, setTooLarge] = useState(false);
  const s = state as ImportState;
  const max = maxBytes / 1024;
  const fileErrors = tooLarge ? [t('form.fileTooLarge', { max })] : s && !s.ok ? s.errors?.file : undefined;
  return (
    <form action={formAction} className="staff-form" noValidate aria-labelledby="import-title">
      <h2 id="import-title">{t('register.importTitle')}</h2>
      <FormOutcome state={s as FormState} />
      {s && !s.ok && s.problems && s.problems.length > 0 && (
        <ul className="import-problems" aria-label={t('register.importFailed', { count: s.problems.length })}>
          {s.problems.map((problem) => (
            <li key={`${problem.line}-${problem.message}`}>{t('register.problemLine', problem)}</li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor="import-file">{t('register.file')}</label>
        <p className="hint" id="import-file-hint">
          {t('register.fileHint', { max })}
        </p>
        <input
          id="import-file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          required
          onChange={(event) => setTooLarge((event.currentTarget.files?.[0]?.size ?? 0) > maxBytes)}
          aria-invalid={fileErrors?.length ? true : undefined}
          aria-describedby={fileErrors?.length ? 'import-file-hint import-file-error' : 'import-file-hint'}
        />
        <FieldError id="import-file-error" messages={fileErrors} />
      </div>
      <button type="submit" disabled={pending || tooLarge}>
        {t('register.importSubmit')}
      </button>
    </form>
  );
}
