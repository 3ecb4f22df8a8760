'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FieldError } from '../../../form-parts';
import { uploadDefinitionAction } from '../actions';
import type { EditionFormState } from '../form-state';
import { ChangeTable } from './change-table';

/** Upload of a whole definition as JSON; a refusal lists each problem with where it is. */
/**
 * `version` is the stored definition's version this page shows; an upload
 * over a later one (another admin's save) is refused as stale.
 */
export function DefinitionUploadForm({ code, version }: { code: string; version: string }) {
  const t = useTranslations('editions.detail.definition');
  const [state, formAction, pending] = useActionState(uploadDefinitionAction, null);
  const s = state as EditionFormState;
  const fileErrors = s && !s.ok ? s.errors?.file : undefined;
  return (
    <form action={formAction} className="staff-form" noValidate aria-labelledby="upload-title">
      <h3 id="upload-title">{t('uploadTitle')}</h3>
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="version" value={version} />
      {s?.ok && (
        <div className="alert success" role="status">
          <p>{s.messageKey === 'unchanged' ? t('unchanged') : t('saved', { count: s.count ?? 0 })}</p>
          {s.changes && s.changes.length > 0 && <ChangeTable title={t('changesTitle')} changes={s.changes} />}
        </div>
      )}
      {s && !s.ok && (s.message || s.problems?.length) && (
        <div className="alert error" role="alert">
          <p>{s.message}</p>
          {s.stale && <p>{t('staleHint')}</p>}
          {s.problems && s.problems.length > 0 && (
            <>
              <p>
                <strong>{t('problemsTitle')}</strong>
              </p>
              <ul className="edition-problems">
                {s.problems.map((p, i) => (
                  <li key={`${p.path}-${i}`} data-path={p.path}>
                    <strong>{p.where}</strong>: {p.message}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <div className="field">
        <label htmlFor="definition-file">{t('file')}</label>
        <p className="hint" id="definition-file-hint">
          {t('uploadHint')}
        </p>
        <input
          id="definition-file"
          name="file"
          type="file"
          accept="application/json,.json"
          aria-describedby={fileErrors ? 'definition-file-hint definition-file-error' : 'definition-file-hint'}
          aria-invalid={fileErrors ? true : undefined}
        />
        <FieldError id="definition-file-error" messages={fileErrors} />
      </div>
      <button type="submit" disabled={pending}>
        {t('upload')}
      </button>
    </form>
  );
}
